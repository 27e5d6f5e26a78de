package id.rekon.pispk.rules;

import id.rekon.pispk.model.Keluarga;
import id.rekon.pispk.model.RuleCode;
import id.rekon.pispk.model.Temuan;
import id.rekon.pispk.model.Umur;

import java.util.function.Consumer;

/**
 * SURVEI-01: a PIS-PK family last visited {@code surveiMaxMonths} (12) whole months or more before
 * the run date ({@link Umur} months between the visit and the run date). One finding per family,
 * subject the family code, owned by the family's puskesmas; the head of the family is the person
 * displayed. A family without a visit date is not judged. Stateless, thread-safe.
 */
public final class SurveiRules implements KeluargaRule {

    @Override
    public void evaluate(Keluarga keluarga, RuleContext context, Consumer<Temuan> findings) {
        Integer bulan = Umur.bulan(keluarga.tanggalKunjungan(), context.runDate());
        if (bulan == null || bulan < context.settings().surveiMaxMonths()) {
            return;
        }
        findings.accept(TemuanBuilder.temuan(RuleCode.SURVEI_01, keluarga.kodePuskesmas(),
                        Teks.atau(keluarga.kodeKeluarga(), "?"))
                .keluarga(keluarga)
                .nama(keluarga.namaKepala() == null ? "" : keluarga.namaKepala().asli())
                .nilai("Kunjungan terakhir " + Teks.tanggal(keluarga.tanggalKunjungan()) + " (" + bulan + " bulan lalu)", "")
                .build());
    }
}
