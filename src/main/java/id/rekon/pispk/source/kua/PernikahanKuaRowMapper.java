package id.rekon.pispk.source.kua;

import id.rekon.pispk.model.Asal;
import id.rekon.pispk.model.Pasangan;
import id.rekon.pispk.model.PernikahanKua;
import id.rekon.pispk.model.Sex;
import id.rekon.pispk.source.CellText;
import id.rekon.pispk.normalise.MapResult;
import id.rekon.pispk.normalise.NamaNormaliser;
import id.rekon.pispk.normalise.NikClassifier;
import id.rekon.pispk.normalise.RejectReasons;
import id.rekon.pispk.source.SourceRowMapper;
import id.rekon.pispk.normalise.StatusNikahParser;
import id.rekon.pispk.normalise.TanggalParser;
import id.rekon.pispk.region.PuskesmasRouter;
import id.rekon.pispk.source.MappedRow;
import id.rekon.pispk.source.SourceColumn;

import java.time.LocalDate;
import java.util.Objects;

import static id.rekon.pispk.source.kua.KuaColumn.*;

/**
 * Maps a KUA (SIMKAH) row, one couple, to a {@link PernikahanKua}.
 *
 * <p>Rejected only when {@code No Pendaftaran} is blank. Each spouse's NIK is classified against
 * that spouse's date of birth and the sex the role implies (suami male, istri female). An
 * unknown {@code Status} is {@code null}. {@code kodePuskesmas} is routed from the KUA's
 * kecamatan and the bride's desa ({@code null} when it cannot be routed). Stateless and
 * thread-safe.
 */
public final class PernikahanKuaRowMapper implements SourceRowMapper<PernikahanKua> {

    private final NikClassifier nik;
    private final TanggalParser tanggal;
    private final PuskesmasRouter router;
    private final NamaNormaliser nama = new NamaNormaliser();
    private final StatusNikahParser status = new StatusNikahParser();

    public PernikahanKuaRowMapper(NikClassifier nik, TanggalParser tanggal, PuskesmasRouter router) {
        this.nik = Objects.requireNonNull(nik, "nik");
        this.tanggal = Objects.requireNonNull(tanggal, "tanggal");
        this.router = Objects.requireNonNull(router, "router");
    }

    @Override
    public MapResult<PernikahanKua> map(MappedRow row) {
        RejectReasons reject = new RejectReasons();
        String noPendaftaran = reject.required(NO_PENDAFTARAN.header(), CellText.of(row, NO_PENDAFTARAN));
        String kua = CellText.of(row, KUA);
        String desaIstri = CellText.of(row, DESA_ISTRI);
        return reject.result(() -> new PernikahanKua(
                new Asal(row.file(), row.rowNumber()),
                noPendaftaran,
                kua,
                tanggal.parse(row.get(TANGGAL_DAFTAR)).orElse(null),
                tanggal.parse(row.get(TANGGAL_AKAD)).orElse(null),
                status.parse(row.text(STATUS)),
                pasangan(row, NIK_SUAMI, NAMA_SUAMI, TGL_LAHIR_SUAMI, Sex.L),
                pasangan(row, NIK_ISTRI, NAMA_ISTRI, TGL_LAHIR_ISTRI, Sex.P),
                CellText.of(row, ALAMAT_ISTRI),
                desaIstri,
                router.routeKua(kua, desaIstri).orElse(null)));
    }

    private Pasangan pasangan(MappedRow row, SourceColumn nikColumn, SourceColumn namaColumn,
                              SourceColumn lahirColumn, Sex sex) {
        LocalDate lahir = tanggal.parse(row.get(lahirColumn)).orElse(null);
        return new Pasangan(nik.classify(row.get(nikColumn), lahir, sex, null), nama.normalise(row.text(namaColumn)),
                lahir);
    }
}
