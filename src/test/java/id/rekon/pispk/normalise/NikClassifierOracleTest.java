package id.rekon.pispk.normalise;

import id.rekon.pispk.model.CellValue;
import id.rekon.pispk.model.Nik;
import id.rekon.pispk.model.Sex;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link NikClassifier}'s char scans classify exactly as its patterns did
 * ({@link NikClassifierViaRegex}): plain sixteen digits (no cleaning), NIKs with blanks, dots,
 * dashes, apostrophes and scientific notation (the scans), as text and numeric cells, real and
 * random.
 */
class NikClassifierOracleTest {

    private final NikClassifier now = new NikClassifier(NikClassifierTest.PROVINCES);
    private final NikClassifierViaRegex before = new NikClassifierViaRegex(NikClassifierTest.PROVINCES);

    @Test
    void sameClassAndReasonAsBefore() {
        Random rng = new Random(16L);
        List<String> inputs = new ArrayList<>(RandomTexts.samples(41L, 30_000));
        inputs.addAll(niks(rng, 70_000));
        int plain = 0;
        int cleaned = 0;
        LocalDate dob = LocalDate.of(1990, 3, 5);
        Nik parent = before.classify(CellValue.text("5301234503900001"));
        for (String s : inputs) {
            for (CellValue cell : List.of(CellValue.text(s), CellValue.number(s))) {
                assertThat(now.classify(cell)).as("[%s]", s).isEqualTo(before.classify(cell));
                assertThat(now.classifyKk(cell)).as("kk [%s]", s).isEqualTo(before.classifyKk(cell));
                assertThat(now.classify(cell, dob, Sex.P, parent)).as("[%s]", s)
                        .isEqualTo(before.classify(cell, dob, Sex.P, parent));
            }
            if (s.trim().chars().allMatch(c -> c >= '0' && c <= '9')) {
                plain++;
            } else {
                cleaned++;
            }
        }
        assertThat(plain).isGreaterThan(20_000);
        assertThat(cleaned).isGreaterThan(40_000);
        assertThat(now.classify(null)).isEqualTo(before.classify(null));
    }

    /** Sixteen-digit NIKs, plausible and not, written plain, grouped, quoted or in scientific notation. */
    private static List<String> niks(Random rng, int n) {
        String[] provinces = {"53", "11", "31", "00", "99", "52"};
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            StringBuilder sb = new StringBuilder(provinces[rng.nextInt(provinces.length)]);
            sb.append(String.format("%04d", rng.nextInt(10_000)));
            sb.append(String.format("%02d", rng.nextInt(80)));
            sb.append(String.format("%02d", rng.nextInt(14)));
            sb.append(String.format("%02d", rng.nextInt(100)));
            sb.append(rng.nextInt(5) == 0 ? "0000" : String.format("%04d", rng.nextInt(10_000)));
            String nik = sb.toString();
            if (rng.nextInt(10) == 0) {
                nik = nik.substring(0, 6) + "0000000000";
            }
            if (rng.nextInt(10) == 0) {
                String shorter = nik.substring(0, 1 + rng.nextInt(15));
                out.add(rng.nextBoolean() ? shorter : "'" + shorter + "-");
                continue;
            }
            switch (rng.nextInt(8)) {
                case 0 -> out.add(nik.substring(0, 4) + "-" + nik.substring(4, 8) + "-" + nik.substring(8));
                case 1 -> out.add("'" + nik);
                case 2 -> out.add(nik.substring(0, 1) + (rng.nextBoolean() ? "." : ",") + nik.substring(1, 6)
                        + (rng.nextBoolean() ? "E+" : "e") + (nik.length() - 1));
                case 3 -> out.add(" " + nik.substring(0, 6) + " \u00A0" + nik.substring(6) + "\u2013");
                case 4 -> out.add(nik.substring(0, 5) + "." + nik.substring(5) + (rng.nextBoolean() ? "x" : "٣"));
                default -> out.add(nik);
            }
        }
        return out;
    }
}
