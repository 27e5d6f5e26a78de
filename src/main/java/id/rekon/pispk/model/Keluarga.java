package id.rekon.pispk.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A PIS-PK family (kind 1), one per {@code kodeKeluarga}.
 *
 * @param kodePuskesmas Kemenkes code as given, e.g. {@code P5301010101}; required
 * @param kodeDesa      10-digit Kemendagri village code, or {@code null}
 * @param iks           the app's own index when present, else {@code null}
 */
public record Keluarga(
        Asal asal,
        String kodeKeluarga,
        Nik noKk,
        Nama namaKepala,
        String alamat,
        String rtRw,
        String kodeDesa,
        String desa,
        String kecamatan,
        String kodePuskesmas,
        String namaPuskesmas,
        LocalDate tanggalKunjungan,
        Jawaban airBersih,
        Jawaban jambanSehat,
        BigDecimal iks) {
}
