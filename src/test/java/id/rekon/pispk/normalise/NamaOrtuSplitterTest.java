package id.rekon.pispk.normalise;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NamaOrtuSplitterTest {

    private final NamaOrtuSplitter splitter = new NamaOrtuSplitter();

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', value = {
            "MARIA / YOHANES            | MARIA;YOHANES",
            "MARIA DAN YOHANES          | MARIA;YOHANES",
            "Maria dan Yohanes          | MARIA;YOHANES",
            "MARIA & YOHANES            | MARIA;YOHANES",
            "'MARIA, YOHANES'           | MARIA;YOHANES",
            "MARIA - YOHANES            | MARIA;YOHANES",
            "MARIA -YOHANES             | MARIA;YOHANES",
            "MARIA+YOHANES              | MARIA;YOHANES",
            "NY. MARIA / TN. YOHANES    | MARIA;YOHANES",
            "'MARIA, S.PD / YOHANES'    | MARIA;YOHANES",
            "SITI AMINAH                | SITI AMINAH",
            "DANI / SITI                | DANI;SITI",
            "SITI NUR-AINI              | SITI NUR AINI",
            "MARIA / MARIA              | MARIA",
            "MARIA /                    | MARIA",
    })
    void splitsParents(String cell, String expected) {
        assertThat(splitter.split(cell)).isEqualTo(Arrays.asList(expected.split(";")));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void blankGivesNothing(String cell) {
        assertThat(splitter.split(cell)).isEqualTo(List.of());
    }
}
