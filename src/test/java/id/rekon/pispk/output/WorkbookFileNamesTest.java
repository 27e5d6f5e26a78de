package id.rekon.pispk.output;

import id.rekon.pispk.model.Puskesmas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class WorkbookFileNamesTest {

    @ParameterizedTest(name = "[{0}] [{1}] -> [{2}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            P5301010101 | Oesapa                       | P5301010101 Oesapa.xlsx
            P5301010101 | Kota/Baru: Utara             | P5301010101 Kota_Baru_ Utara.xlsx
            P1          | `A<B>C"D|E?F*G\\H`           | P1 A_B_C_D_E_F_G_H.xlsx
            P1          | Titik di akhir...            | P1 Titik di akhir.xlsx
            P1          | `  Banyak   spasi   `        | P1 Banyak spasi.xlsx
            `` | CON                                 | CON_.xlsx
            `` | lpt1                                | lpt1_.xlsx
            `` | Com9.backup                         | Com9.backup_.xlsx
            `` | COM10                               | COM10.xlsx
            `` | Console                             | Console.xlsx
            `` | ``                                  | Puskesmas.xlsx
            `` | ...                                 | Puskesmas.xlsx
            P2          | Sikumana                     | P2 Sikumana.xlsx
            """)
    void names(String kode, String nama, String expected) {
        assertThat(WorkbookFileNames.of(new Puskesmas(kode, nama))).isEqualTo(expected);
    }

    @Test
    void controlCharactersAndNullsAreReplaced() {
        assertThat(WorkbookFileNames.of(new Puskesmas("P1", "Tab\there\u0000x\u007fy"))).isEqualTo("P1 Tab here_x_y.xlsx");
        assertThat(WorkbookFileNames.of(new Puskesmas(null, null))).isEqualTo("Puskesmas.xlsx");
        assertThat(WorkbookFileNames.of(new Puskesmas("P1", "Line\nbreak"))).isEqualTo("P1 Line break.xlsx");
    }

    @Test
    void longNamesAreCappedAndKeepTheExtension() {
        String name = WorkbookFileNames.of(new Puskesmas("P5301010101", "Sangat Panjang ".repeat(20)));
        assertThat(name).hasSizeLessThanOrEqualTo(SafeFileName.MAX_LENGTH).endsWith(".xlsx")
                .startsWith("P5301010101 Sangat Panjang").doesNotContain(" .xlsx");
    }
}
