package id.rekon.pispk.source.pispk;

import id.rekon.pispk.model.Asal;
import id.rekon.pispk.model.Keluarga;
import id.rekon.pispk.normalise.KodeTeks;
import id.rekon.pispk.source.CellText;
import id.rekon.pispk.normalise.DesimalParser;
import id.rekon.pispk.normalise.JawabanParser;
import id.rekon.pispk.normalise.MapResult;
import id.rekon.pispk.normalise.NamaNormaliser;
import id.rekon.pispk.normalise.NikClassifier;
import id.rekon.pispk.normalise.RejectReasons;
import id.rekon.pispk.normalise.RtRwParser;
import id.rekon.pispk.source.SourceRowMapper;
import id.rekon.pispk.normalise.TanggalParser;
import id.rekon.pispk.source.MappedRow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

import static id.rekon.pispk.source.pispk.KeluargaColumn.*;

/**
 * Maps a {@code pispk-keluarga} row (or the family columns of a Raw Data Survei row) to a
 * {@link Keluarga}.
 *
 * <p>Rejected when {@code Kode Keluarga} or {@code Kode Puskesmas} is blank, or
 * {@code Tanggal Kunjungan} is blank or unreadable. Everything else is optional: an unreadable
 * value becomes {@code null}. {@code No KK} is classified ({@link NikClassifier#classifyKk}),
 * never a reject. {@code Kode Puskesmas} is upper-cased; {@code Kode Desa} is kept only when it
 * has the 10 digits of a Kemendagri village code (dots allowed); RT and RW become
 * {@code 003/002} ({@link RtRwParser}); an IKS written as a percentage ({@code 58,3%}) becomes
 * a fraction (0.583). Stateless and thread-safe.
 */
public final class KeluargaRowMapper implements SourceRowMapper<Keluarga> {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final NikClassifier nik;
    private final TanggalParser tanggal;
    private final NamaNormaliser nama = new NamaNormaliser();
    private final JawabanParser jawaban = new JawabanParser();
    private final DesimalParser desimal = new DesimalParser();
    private final RtRwParser rtRw = new RtRwParser();

    public KeluargaRowMapper(NikClassifier nik, TanggalParser tanggal) {
        this.nik = Objects.requireNonNull(nik, "nik");
        this.tanggal = Objects.requireNonNull(tanggal, "tanggal");
    }

    @Override
    public MapResult<Keluarga> map(MappedRow row) {
        RejectReasons reject = new RejectReasons();
        String kodeKeluarga = reject.required(KODE_KELUARGA.header(), CellText.of(row, KODE_KELUARGA));
        String kodePuskesmas = reject.required(KODE_PUSKESMAS.header(), CellText.of(row, KODE_PUSKESMAS));
        LocalDate kunjungan = reject.required(TANGGAL_KUNJUNGAN.header(), tanggal.read(row.get(TANGGAL_KUNJUNGAN)));
        return reject.result(() -> new Keluarga(
                new Asal(row.file(), row.rowNumber()),
                kodeKeluarga,
                nik.classifyKk(row.get(NO_KK)),
                nama.normalise(row.text(NAMA_KEPALA_KELUARGA)),
                CellText.of(row, ALAMAT),
                rtRw.combine(row.text(RT_RW), row.text(RT), row.text(RW)),
                kodeDesa(row.text(KODE_DESA)),
                CellText.of(row, DESA),
                CellText.of(row, KECAMATAN),
                kodePuskesmas.toUpperCase(Locale.ROOT),
                CellText.of(row, NAMA_PUSKESMAS),
                kunjungan,
                jawaban.parse(row.text(AIR_BERSIH)),
                jawaban.parse(row.text(JAMBAN_SEHAT)),
                iks(row.text(IKS))));
    }

    private static String kodeDesa(String text) {
        String digits = KodeTeks.withoutBlanksAnd(text, ".'-");
        return KodeTeks.isDigits(digits, 10, 10) ? digits : null;
    }

    private BigDecimal iks(String text) {
        BigDecimal v = desimal.parse(text);
        if (v != null && text.strip().endsWith("%")) {
            return v.divide(HUNDRED);
        }
        return v;
    }
}
