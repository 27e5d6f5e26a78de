package id.rekon.pispk.job.ingest;

import id.rekon.pispk.model.Keluarga;
import id.rekon.pispk.model.Pengukuran;
import id.rekon.pispk.model.PernikahanKua;
import id.rekon.pispk.model.PesertaPcare;
import id.rekon.pispk.normalise.MapResult;
import id.rekon.pispk.normalise.NikClassifier;
import id.rekon.pispk.normalise.TanggalParser;
import id.rekon.pispk.region.PuskesmasRouter;
import id.rekon.pispk.source.MappedRow;
import id.rekon.pispk.source.eppgbm.PengukuranRowMapper;
import id.rekon.pispk.source.kua.PernikahanKuaRowMapper;
import id.rekon.pispk.source.pcare.PesertaPcareRowMapper;
import id.rekon.pispk.source.pispk.AnggotaRowMapper;
import id.rekon.pispk.source.pispk.KeluargaRowMapper;
import id.rekon.pispk.model.Anggota;
import id.rekon.pispk.model.Ditolak;
import id.rekon.pispk.store.RecordKind;
import id.rekon.pispk.store.RecordStager;
import id.rekon.pispk.store.StagedRecord;
import id.rekon.pispk.store.TidakTerarah;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import java.util.List;

/**
 * Maps each data row to its domain record(s) through the kind's row mapper, or to a reject with
 * the mapper's reason. A program record the region master cannot route is stored all the same
 * and reported as a routing error, never dropped.
 */
public class IngestItemProcessor implements ItemProcessor<IngestItem, IngestResult> {

    private final KeluargaRowMapper keluarga;
    private final AnggotaRowMapper anggota;
    private final PengukuranRowMapper pengukuran;
    private final PesertaPcareRowMapper pcare;
    private final PernikahanKuaRowMapper kua;
    private final RecordStager stager = new RecordStager();
    /** The raw survey repeats a family on each member row: remember the last one to store it once. */
    private String lastFamily;

    public IngestItemProcessor(NikClassifier nik, TanggalParser tanggal, PuskesmasRouter router) {
        this.keluarga = new KeluargaRowMapper(nik, tanggal);
        this.anggota = new AnggotaRowMapper(nik, tanggal);
        this.pengukuran = new PengukuranRowMapper(nik, tanggal, router);
        this.pcare = new PesertaPcareRowMapper(nik, tanggal, router);
        this.kua = new PernikahanKuaRowMapper(nik, tanggal, router);
    }

    @Override
    public IngestResult process(IngestItem item) {
        if (item instanceof IngestItem.FileDone done) {
            lastFamily = null;
            return IngestResult.done(done);
        }
        IngestItem.DataRow data = (IngestItem.DataRow) item;
        MappedRow row = data.row();
        if (row.row().rusak() != null) {
            return IngestResult.rejected(new Ditolak(row.file(), row.rowNumber(), row.row().rusak(), row.row().rawText()));
        }
        return switch (data.kind()) {
            case PISPK_KELUARGA -> one(row, keluarga.map(row), k -> List.of(stager.keluarga(k)), null);
            case PISPK_ANGGOTA -> one(row, anggota.map(row), a -> List.of(stager.anggota(a)), null);
            case PISPK_RAW_SURVEI -> rawSurvei(row);
            case EPPGBM -> one(row, pengukuran.map(row), p -> List.of(stager.pengukuran(p)), this::unrouted);
            case PCARE -> one(row, pcare.map(row), p -> List.of(stager.pcare(p)), this::unrouted);
            case KUA -> one(row, kua.map(row), stager::kua, this::unrouted);
            case REGION_MASTER -> null;
        };
    }

    /** One row of the Keluarga Sehat app's survey: a member, and its family the first time it appears. */
    private IngestResult rawSurvei(MappedRow row) {
        MapResult<Keluarga> k = keluarga.map(row);
        MapResult<Anggota> a = anggota.map(row);
        if (!k.isOk() || !a.isOk()) {
            String reason = !k.isOk() && !a.isOk() ? k.reason() + "; " + a.reason() : !k.isOk() ? k.reason() : a.reason();
            return IngestResult.rejected(new Ditolak(row.file(), row.rowNumber(), reason, row.row().rawText()));
        }
        StagedRecord member = stager.anggota(a.value());
        String family = k.value().kodeKeluarga();
        if (family.equals(lastFamily)) {
            return IngestResult.stored(List.of(member), null);
        }
        lastFamily = family;
        return IngestResult.stored(List.of(stager.keluarga(k.value()), member), null);
    }

    private <T> IngestResult one(MappedRow row, MapResult<T> result, java.util.function.Function<T, List<StagedRecord>> stage,
            java.util.function.Function<T, TidakTerarah> routing) {
        if (!result.isOk()) {
            return IngestResult.rejected(new Ditolak(row.file(), row.rowNumber(), result.reason(), row.row().rawText()));
        }
        T value = result.value();
        return IngestResult.stored(stage.apply(value), routing == null ? null : routing.apply(value));
    }

    private TidakTerarah unrouted(Object record) {
        if (record instanceof Pengukuran p && p.kodePuskesmas() == null) {
            return new TidakTerarah(p.asal().file(), p.asal().baris(), RecordKind.EPPGBM,
                    "Puskesmas '" + p.namaPuskesmas() + "', Kec. '" + p.kecamatan() + "', Desa '" + p.desa() + "'");
        }
        if (record instanceof PesertaPcare p && p.kodePuskesmas() == null) {
            return new TidakTerarah(p.asal().file(), p.asal().baris(), RecordKind.PCARE,
                    "Kode PPK '" + p.kodePpk() + "' (" + p.namaPpk() + ")");
        }
        if (record instanceof PernikahanKua k && k.kodePuskesmas() == null) {
            return new TidakTerarah(k.asal().file(), k.asal().baris(), RecordKind.KUA,
                    "KUA '" + k.kua() + "', Desa '" + k.desaIstri() + "'");
        }
        return null;
    }
}
