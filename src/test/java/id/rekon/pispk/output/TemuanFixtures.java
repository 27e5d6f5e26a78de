package id.rekon.pispk.output;

import id.rekon.pispk.model.RuleCode;
import id.rekon.pispk.model.Sex;
import id.rekon.pispk.model.Sumber;
import id.rekon.pispk.model.Temuan;
import id.rekon.pispk.model.TemuanId;

import java.time.LocalDate;

/** Synthetic findings for the output tests: made-up NIKs and names, never a real person's. */
final class TemuanFixtures {

    static final String PKM = "P5301010101";
    static final String PKM_LAIN = "P5301020202";
    static final LocalDate TANGGAL = LocalDate.of(2026, 8, 5);

    private TemuanFixtures() {
    }

    static Temuan temuan(RuleCode rule, String pkm, String nik, String nama, String desa) {
        return new Temuan(TemuanId.of(rule, pkm, nik + "|" + nama), rule, pkm, nik, nik, nama,
                LocalDate.of(2023, 2, 14), 41, Sex.P, "5301010101230007", desa, "003/002", "Melati 2",
                Sumber.EPPGBM == rule.sumberProgram() ? Sumber.EPPGBM : null, "Ya", "Tidak ada", "");
    }

    static TemuanRow row(RuleCode rule, String nik, String nama, String desa) {
        return new TemuanRow(temuan(rule, PKM, nik, nama, desa), TemuanRow.BARU, TANGGAL.minusDays(30), "", "");
    }

    /** A synthetic 16-digit NIK: region 530101, a made-up date part and a serial. */
    static String nik(int serial) {
        return String.format("53010141%04d%04d", 1000 + serial % 9000, serial % 10000);
    }
}
