package id.rekon.pispk.rules;

import id.rekon.pispk.model.AnggotaDiKeluarga;
import id.rekon.pispk.model.PersonCase;
import id.rekon.pispk.model.Pengukuran;
import id.rekon.pispk.model.RuleCode;
import id.rekon.pispk.model.Sumber;
import id.rekon.pispk.model.Temuan;
import id.rekon.pispk.model.Umur;

import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * BALITA-01 and BALITA-02, the under-five rosters, with ages in whole months on the run date.
 *
 * <ul>
 *   <li>BALITA-01 (PIS-PK −, program +): an e-PPGBM child under {@code balitaMaxMonths} (60) months,
 *   by the date of birth of its most recent measurement, with no PIS-PK member under its NIK.</li>
 *   <li>BALITA-02 (PIS-PK +, program −): a PIS-PK member aged 0 to {@code balitaMaxMonths} − 1
 *   months with no e-PPGBM record under its NIK.</li>
 * </ul>
 * Records without a usable NIK are persons of their own and are reported too (a PIS-PK baby without
 * a NIK is BALITA-02), unless a probable match with the missing source was proposed for the person
 * ({@link PersonCase#probableMatchWith}): MATCH-01 is then the one action. A pair with another
 * source (a PCare row, say) does not silence them. Silent when the NIK is held
 * by two people in one source (NIK-04), when the date of birth is unknown, and for a puskesmas whose
 * PIS-PK or e-PPGBM data did not arrive tonight (see {@link id.rekon.pispk.model.Cakupan}): absence
 * from a register that was not read is not absence. Stateless, thread-safe.
 */
public final class BalitaRules implements PersonRule {

    @Override
    public void evaluate(PersonCase person, RuleContext context, Consumer<Temuan> findings) {
        PersonView v = PersonView.of(person, context.settings());
        if (v.ambigu()) {
            return;
        }
        LocalDate hari = context.runDate();
        int batas = context.settings().balitaMaxMonths();
        if (!v.eppgbm().isEmpty() && v.pispk().isEmpty() && !person.probableMatchWith(Sumber.PISPK)) {
            Pengukuran p = v.pengukuranTerakhir().orElseThrow();
            String owner = v.pemilik(Sumber.EPPGBM);
            if (balita(p.tanggalLahir(), hari, batas) && context.cakupan().dinilai(RuleCode.BALITA_01, owner)) {
                findings.accept(TemuanBuilder.temuan(RuleCode.BALITA_01, owner, v.subjek())
                        .pengukuran(p, hari)
                        .nilai("PIS-PK: tidak ditemukan",
                                "e-PPGBM: diukur terakhir " + PertumbuhanRules.tempatUkur(p))
                        .keterangan(v.eppgbm().size() + " pengukuran di e-PPGBM." + tanpaNik(person))
                        .build());
            }
        }
        if (!v.pispk().isEmpty() && v.eppgbm().isEmpty() && !person.probableMatchWith(Sumber.EPPGBM)) {
            AnggotaDiKeluarga a = v.anggota().orElseThrow();
            String owner = v.pemilik(Sumber.EPPGBM);
            if (balita(a.anggota().tanggalLahir(), hari, batas) && context.cakupan().dinilai(RuleCode.BALITA_02, owner)) {
                findings.accept(TemuanBuilder.temuan(RuleCode.BALITA_02, owner, v.subjek())
                        .anggota(a, hari)
                        .nilai("PIS-PK: anggota keluarga " + Teks.atau(a.anggota().kodeKeluarga(), "?")
                                        + ", umur " + Umur.bulan(a.anggota().tanggalLahir(), hari) + " bulan",
                                "e-PPGBM: tidak ditemukan")
                        .keterangan(tanpaNik(person).strip())
                        .build());
            }
        }
    }

    private static String tanpaNik(PersonCase person) {
        return person.hasNik() ? ""
                : " Tanpa NIK yang dapat dipakai; tidak ada catatan mirip (nama, tanggal lahir) di sumber lain.";
    }

    private static boolean balita(LocalDate lahir, LocalDate hari, int batas) {
        if (lahir == null || lahir.isAfter(hari)) {
            // Umur.bulan gives 0, not a negative age, for a birth less than a month after the run date.
            return false;
        }
        Integer umur = Umur.bulan(lahir, hari);
        return umur != null && umur >= 0 && umur < batas;
    }
}
