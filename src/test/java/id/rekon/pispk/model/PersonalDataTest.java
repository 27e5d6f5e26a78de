package id.rekon.pispk.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            NIK 5302011234560001 ditolak        | NIK 5302…0001 ditolak
            NIK 5302.0112.3456.0001 ditolak     | NIK 5302…0001 ditolak
            NIK 5302 0112 3456 0001 ditolak     | NIK 5302…0001 ditolak
            NIK 53-02-01-123456-0001 ditolak    | NIK 5302…0001 ditolak
            NIK 5.30201123456E+15 ditolak       | NIK 5302… ditolak
            NIK 5,30201E+15 ditolak             | NIK 5302… ditolak
            NIK 5.30201E15 ditolak              | NIK 5302… ditolak
            15 digit 530201123456000 juga       | 15 digit 5302…6000 juga
            300000 baris dalam 12 menit         | 300000 baris dalam 12 menit
            tanggal 2026-11-01 pukul 01.00      | tanggal 2026-11-01 pukul 01.00
            berat 12.5 kg                       | berat 12.5 kg
            """)
    void everyWrittenFormOfANikIsMasked(String in, String out) {
        assertThat(PersonalData.mask(in)).isEqualTo(out);
    }

    @Test
    void controlCharactersCannotForgeALogLineOrRecolourATerminal() {
        String forged = "data.csv\r\n01:00:00 INFO  Selesai.\u001B[31m\u202E";

        assertThat(PersonalData.mask(forged)).isEqualTo("data.csv\\x0D\\x0A01:00:00 INFO  Selesai.\\x1B[31m\\u202E");
        assertThat(PersonalData.maskLines(forged)).doesNotContain("\r", "\u001B", "\u202E")
                .contains(System.lineSeparator() + "    01:00:00 INFO");
    }

    @Test
    void aStackTraceKeepsItsLayout() {
        String trace = "java.io.IOException: NIK 5302011234560001\n\tat a.B.c(B.java:1)\n";

        assertThat(PersonalData.maskLines(trace)).isEqualTo("java.io.IOException: NIK 5302…0001"
                + System.lineSeparator() + "    \tat a.B.c(B.java:1)" + System.lineSeparator());
    }
}
