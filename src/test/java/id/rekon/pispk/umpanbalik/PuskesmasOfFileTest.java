package id.rekon.pispk.umpanbalik;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PuskesmasOfFileTest {

    private static final List<String> KNOWN = List.of("P5302010101", "P5302010102", "P53020101");

    @ParameterizedTest(name = "{0} | {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // the job's own file
            "P5302010101 Puskesmas Kota Soe.xlsx       | P5302010101 Puskesmas Kota Soe | P5302010101 | -",
            // renamed by the team, code kept
            "P5302010101 Soe - sudah diisi.xlsx         | P5302010101 Puskesmas Kota Soe | P5302010101 | -",
            "Copy of P5302010101 Puskesmas Kota Soe.XLSX | P5302010101 Puskesmas Kota Soe | P5302010101 | -",
            // renamed without the code: the Ringkasan sheet still says whose it is
            "laporan soe november.xlsx                  | P5302010101 Puskesmas Kota Soe | P5302010101 | -",
            // the sheet lost (or the line deleted): the file name alone
            "P5302010102 Puskesmas Karang Sirih.xlsx    | -                              | P5302010102 | -",
            // one puskesmas's workbook under another's name
            "P5302010101 Puskesmas Kota Soe.xlsx        | P5302010102 Puskesmas Karang Sirih | - | puskesmas lain",
            // a code is a whole word: P53020101 is not found inside P5302010101
            "P5302010101.xlsx                           | -                              | P5302010101 | -",
            // two codes in the name
            "P5302010101 dan P5302010102.xlsx           | -                              | -           | lebih dari satu",
            // nothing known
            "rekap.xlsx                                 | Puskesmas Kota Soe             | -           | tidak dapat ditentukan",
            "P9999999999 Lain.xlsx                      | -                              | -           | tidak dapat ditentukan",
    })
    void decidesWhoseFileItIs(String fileName, String ringkasan, String expected, String problem) {
        PuskesmasOfFile.Keputusan k = PuskesmasOfFile.decide(fileName.trim(), ringkasan == null ? null : ringkasan.trim(),
                KNOWN);
        assertThat(k.kode()).isEqualTo(expected);
        assertThat(k.diterima()).isEqualTo(expected != null);
        if (problem == null) {
            assertThat(k.masalah()).isNull();
        } else {
            assertThat(k.masalah()).contains(problem);
        }
    }
}
