package id.rekon.pispk.source.csv;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CsvDelimiterTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "comma                           | NIK,Nama,Tgl Lahir\\n1,A,B\\n                  | ,",
            "semicolon with decimal commas   | NIK;Nama;Berat;Tinggi\\n1;A;12,5;80,2\\n       | ;",
            "tab                             | NIK\\tNama\\tAlamat\\n1\\tSITI, S.PD\\tJl. A\\n | TAB",
            "quoted commas do not count      | \"A, B, C\";X;Y\\n\"1,2,3\";4;5\\n             | ;",
            "title line above the header     | DATA BALITA, PKM SOE\\nNo;NIK;Nama\\n1;2;3\\n  | ;",
            "excel sep line                  | sep=;\\nA,B,C\\n                               | ;",
            "one column                      | NIK\\n1\\n                                     | ,"
    })
    void delimiterIsTheMostFrequentOutsideQuotes(String name, String sample, String expected) {
        String text = sample.strip().replace("\\n", "\n").replace("\\t", "\t");
        char want = expected.equals("TAB") ? '\t' : expected.charAt(0);

        assertThat(CsvDelimiter.detect(text)).isEqualTo(want);
    }
}
