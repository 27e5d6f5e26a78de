package id.rekon.pispk.output;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SafeTextTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(quoteCharacter = '`', nullValues = "NULL", textBlock = """
            `=1+2`,           `'=1+2`
            `+62812`,         `'+62812`
            `-`,              `'-`
            `@SUM(A1)`,       `'@SUM(A1)`
            `\tTab`,          `'\tTab`
            `Siti`,           `Siti`
            `5301014107150001`, `5301014107150001`
            ` =spasi dulu`,   ` =spasi dulu`
            `a=b`,            `a=b`
            `SITI;=1+2`,      `SITI;'=1+2`
            `SITI,@SUM(A1)`,  `SITI,'@SUM(A1)`
            `A	-3`,          `A	'-3`
            `=a;+b`,          `'=a;'+b`
            `1;2,3`,          `1;2,3`
            ``,               ``
            NULL,             ``
            """)
    void csv(String in, String out) {
        assertThat(SafeText.forCsv(unescape(in))).isEqualTo(unescape(out));
    }

    @org.junit.jupiter.api.Test
    void carriageReturnIsFormulaLike() {
        assertThat(SafeText.isFormulaLike("\rx")).isTrue();
        assertThat(SafeText.isFormulaLike("x\r")).isFalse();
        assertThat(SafeText.isFormulaLike(null)).isFalse();
    }

    private static String unescape(String s) {
        return s == null ? null : s.replace("\\t", "\t");
    }
}
