package id.rekon.pispk.umpanbalik;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FeedbackReportTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            JKN-01-K7Q2M4XZ9A         | JKN-01-K7Q2M4XZ9A
            ' TUMBUH-02-ABCDEFGH23 '  | TUMBUH-02-ABCDEFGH23
            5302011234560001          | (bukan ID Temuan)
            SITI AMINAH               | (bukan ID Temuan)
            JKN-01-K7Q2M4XZ9A SITI    | (bukan ID Temuan)
            ''                        | ''
            """)
    void onlyAnIdOfTheJobsOwnFormIsCopiedIntoTheReport(String typed, String shown) {
        assertThat(FeedbackReport.shown(typed)).isEqualTo(shown);
    }
}
