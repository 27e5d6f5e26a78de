package id.rekon.pispk.rules;

import id.rekon.pispk.model.AnggotaDiKeluarga;
import id.rekon.pispk.model.Anggota;
import id.rekon.pispk.model.Pengukuran;
import id.rekon.pispk.model.RuleCode;
import id.rekon.pispk.model.Sumber;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * TUMBUH-01 and TUMBUH-02: {@code Pemantauan Pertumbuhan} against e-PPGBM measurements, for a child
 * matched by NIK and present in e-PPGBM, aged {@code tumbuhMinMonths}..{@code tumbuhMaxMonths}
 * (2-59) whole months at the PIS-PK visit.
 *
 * <ul>
 *   <li>TUMBUH-01 (PIS-PK +, program −): answer Y, no measurement dated from the visit minus
 *   {@code tumbuhWindowDays} (31) days up to the visit, both included.</li>
 *   <li>TUMBUH-02 (PIS-PK −, program +): answer T, a measurement in that window.</li>
 * </ul>
 * TUMBUH-01 also covers a child who answered Y and is absent from e-PPGBM altogether (spec: it may
 * also be BALITA-02, both are reported; a child now over 59 months has only this one), on a night
 * when e-PPGBM data of the owner puskesmas arrived, unless the child has a probable e-PPGBM match
 * (MATCH-01 is then the one action); the concordance counts the same comparison (such a child
 * answering T agrees). Blank and N answers, an unknown visit date or date of birth are not
 * compared. Stateless, thread-safe.
 */
public final class PertumbuhanRules extends BandingProgramRules {

    public PertumbuhanRules() {
        super(Indikator.PERTUMBUHAN, RuleCode.TUMBUH_01, RuleCode.TUMBUH_02);
    }

    @Override
    Optional<Banding> banding(PersonView v, RuleContext context) {
        RuleSettings s = context.settings();
        if (v.eppgbm().isEmpty()) {
            // Absent from e-PPGBM: compared (never measured) when e-PPGBM data of the owner arrived
            // tonight and no probable e-PPGBM match stands for the child (MATCH-01 is then the action).
            if (v.programDiPasanganKemungkinan(Sumber.EPPGBM)
                    || !context.cakupan().dinilai(RuleCode.TUMBUH_01, v.pemilik(Sumber.EPPGBM))) {
                return Optional.empty();
            }
            return JawabanAnak.dariTermasukTanpaEppgbm(v, Anggota::pemantauanPertumbuhan, s.tumbuhMinMonths(),
                    s.tumbuhMaxMonths()).map(j -> banding(j.ya(), false));
        }
        return JawabanAnak.dari(v, Anggota::pemantauanPertumbuhan, s.tumbuhMinMonths(), s.tumbuhMaxMonths())
                .map(j -> banding(j.ya(), !dalamJendela(v, j.kunjungan(), context).isEmpty()));
    }

    @Override
    Uraian pispkYaProgramTidak(PersonView v, AnggotaDiKeluarga a, RuleContext context) {
        LocalDate kunjungan = a.keluarga().tanggalKunjungan();
        if (v.eppgbm().isEmpty()) {
            return new Uraian("Pemantauan pertumbuhan: Y", "Tidak ada di e-PPGBM",
                    "Kunjungan PIS-PK " + Teks.tanggal(kunjungan) + "; anak tidak ditemukan di e-PPGBM"
                            + " dengan NIK ini.");
        }
        Pengukuran terakhir = v.pengukuranTerakhir().orElseThrow();
        return new Uraian("Pemantauan pertumbuhan: Y",
                "Tidak ada pengukuran " + Teks.tanggal(awalJendela(kunjungan, context)) + " s.d. "
                        + Teks.tanggal(kunjungan),
                "Kunjungan PIS-PK " + Teks.tanggal(kunjungan) + "; pengukuran terakhir di e-PPGBM: "
                        + tempatUkur(terakhir) + ".");
    }

    @Override
    Uraian pispkTidakProgramYa(PersonView v, AnggotaDiKeluarga a, RuleContext context) {
        LocalDate kunjungan = a.keluarga().tanggalKunjungan();
        List<Pengukuran> dalam = dalamJendela(v, kunjungan, context);
        Pengukuran p = dalam.get(dalam.size() - 1);
        return new Uraian("Pemantauan pertumbuhan: T", "Diukur " + tempatUkur(p),
                "Kunjungan PIS-PK " + Teks.tanggal(kunjungan) + "; " + dalam.size() + " pengukuran e-PPGBM dari "
                        + Teks.tanggal(awalJendela(kunjungan, context)) + " s.d. " + Teks.tanggal(kunjungan) + ".");
    }

    /** The answer was asked by age at the visit: the age shown is the one the rule judged. */
    @Override
    LocalDate umurPada(AnggotaDiKeluarga a, RuleContext context) {
        return a.keluarga().tanggalKunjungan();
    }

    /** Measurements from the visit minus the window up to the visit, both included, oldest first. */
    static List<Pengukuran> dalamJendela(PersonView v, LocalDate kunjungan, RuleContext context) {
        LocalDate dari = awalJendela(kunjungan, context);
        return v.eppgbm().stream()
                .filter(p -> p.tanggalUkur() != null && !p.tanggalUkur().isBefore(dari)
                        && !p.tanggalUkur().isAfter(kunjungan))
                .toList();
    }

    private static LocalDate awalJendela(LocalDate kunjungan, RuleContext context) {
        return kunjungan.minusDays(context.settings().tumbuhWindowDays());
    }

    static String tempatUkur(Pengukuran p) {
        String tempat = p.posyandu() != null && !p.posyandu().isBlank() ? Teks.posyandu(p.posyandu())
                : p.namaPuskesmas() != null && !p.namaPuskesmas().isBlank() ? "Puskesmas " + p.namaPuskesmas().trim()
                : null;
        return Teks.tanggal(p.tanggalUkur()) + (tempat == null ? "" : " di " + tempat);
    }
}
