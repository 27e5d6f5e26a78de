package id.rekon.pispk.source;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

class FormatSnifferTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "504B0304140000000800,     XLSX",
            "D0CF11E0A1B11AE10000,     XLS",
            "5B7B226E6F4B61727475,     JSON",   // [{"noKartu
            "7B226E6F4B6172747522,     JSON",   // {"noKartu"
            "EFBBBF0D0A205B7B7D5D,     JSON",   // BOM, CRLF, space, [{}]
            "4B6F6465204B656C7561,     CSV",    // Kode Kelua
            "EFBBBF4B6F64653B4E49,     CSV",    // BOM Kode;NI
            "504B,                     CSV",    // too short for a zip
            "D0CF11E0,                 CSV",    // too short for OLE2
            "'',                       CSV"     // empty file
    })
    void formatIsToldFromTheFirstBytes(String hex, FileFormat expected) {
        byte[] head = HexFormat.of().parseHex(hex);

        assertThat(FormatSniffer.sniff(head)).isEqualTo(expected);
    }
}
