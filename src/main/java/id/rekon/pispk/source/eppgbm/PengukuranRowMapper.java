package id.rekon.pispk.source.eppgbm;

import id.rekon.pispk.model.Asal;
import id.rekon.pispk.model.Nama;
import id.rekon.pispk.model.Nik;
import id.rekon.pispk.model.NikStatus;
import id.rekon.pispk.model.Pengukuran;
import id.rekon.pispk.model.Sex;
import id.rekon.pispk.normalise.BeratParser;
import id.rekon.pispk.source.CellText;
import id.rekon.pispk.normalise.DesimalParser;
import id.rekon.pispk.normalise.JenisKelaminParser;
import id.rekon.pispk.normalise.MapResult;
import id.rekon.pispk.normalise.NamaNormaliser;
import id.rekon.pispk.normalise.NamaOrtuSplitter;
import id.rekon.pispk.normalise.NikClassifier;
import id.rekon.pispk.normalise.RejectReasons;
import id.rekon.pispk.source.SourceRowMapper;
import id.rekon.pispk.normalise.TanggalParser;
import id.rekon.pispk.normalise.YaTidakParser;
import id.rekon.pispk.region.PuskesmasRouter;
import id.rekon.pispk.source.MappedRow;

import java.time.LocalDate;
import java.util.Objects;

import static id.rekon.pispk.source.eppgbm.EppgbmColumn.*;

/**
 * Maps an e-PPGBM row (one measurement of a child) to a {@link Pengukuran}.
 *
 * <p>Rejected when {@code Tanggal Pengukuran} is blank or unreadable, or when the row has
 * neither NIK nor Nama. The parent's NIK ({@code NIK Ortu}) is classified first, then the
 * child's NIK against the child's date of birth and sex and that parent NIK (a child carrying
 * the mother's NIK is a dummy). Weights are in kg ({@link BeratParser}: {@code Berat} over 100
 * and {@code BB Lahir} from 10 up are grams). The parents cell is kept and split
 * ({@link NamaOrtuSplitter}). {@code kodePuskesmas} is routed from the {@code Pukesmas} name,
 * falling back to kecamatan and desa; {@code null} when it cannot be routed (the record is kept
 * and the job reports it). Stateless and thread-safe.
 */
public final class PengukuranRowMapper implements SourceRowMapper<Pengukuran> {

    private final NikClassifier nik;
    private final TanggalParser tanggal;
    private final PuskesmasRouter router;
    private final NamaNormaliser nama = new NamaNormaliser();
    private final NamaOrtuSplitter ortu = new NamaOrtuSplitter(nama);
    private final JenisKelaminParser jenisKelamin = new JenisKelaminParser();
    private final BeratParser berat = new BeratParser();
    private final DesimalParser desimal = new DesimalParser();
    private final YaTidakParser yaTidak = new YaTidakParser();

    public PengukuranRowMapper(NikClassifier nik, TanggalParser tanggal, PuskesmasRouter router) {
        this.nik = Objects.requireNonNull(nik, "nik");
        this.tanggal = Objects.requireNonNull(tanggal, "tanggal");
        this.router = Objects.requireNonNull(router, "router");
    }

    @Override
    public MapResult<Pengukuran> map(MappedRow row) {
        RejectReasons reject = new RejectReasons();
        LocalDate ukur = reject.required(TANGGAL_PENGUKURAN.header(), tanggal.read(row.get(TANGGAL_PENGUKURAN)));
        Nama namaAnak = nama.normalise(row.text(NAMA));
        LocalDate lahir = tanggal.parse(row.get(TGL_LAHIR)).orElse(null);
        Sex sex = jenisKelamin.parse(row.text(JK)).orElse(null);
        Nik nikOrtu = nik.classify(row.get(NIK_ORTU));
        Nik nikAnak = nik.classify(row.get(NIK), lahir, sex, nikOrtu);
        if (nikAnak.status() == NikStatus.BLANK && namaAnak.normal().isEmpty()) {
            reject.add(NIK.header() + " dan " + NAMA.header() + " kosong");
        }
        String namaPuskesmas = CellText.of(row, PUSKESMAS);
        String kecamatan = CellText.of(row, KEC);
        String desa = CellText.of(row, DESA);
        String namaOrtu = CellText.of(row, NAMA_ORTU);
        return reject.result(() -> new Pengukuran(
                new Asal(row.file(), row.rowNumber()),
                nikAnak,
                namaAnak,
                sex,
                lahir,
                berat.beratLahirKg(row.text(BB_LAHIR)),
                namaOrtu,
                ortu.split(namaOrtu),
                nikOrtu,
                CellText.of(row, PROV),
                CellText.of(row, KAB_KOTA),
                kecamatan,
                namaPuskesmas,
                router.routeEppgbm(namaPuskesmas, kecamatan, desa).orElse(null),
                desa,
                CellText.of(row, POSYANDU),
                CellText.of(row, RT),
                CellText.of(row, RW),
                CellText.of(row, ALAMAT),
                ukur,
                berat.beratKg(row.text(BERAT)),
                desimal.parse(row.text(TINGGI)),
                desimal.parse(row.text(ZS_BB_U)),
                desimal.parse(row.text(ZS_TB_U)),
                desimal.parse(row.text(ZS_BB_TB)),
                CellText.of(row, BB_U),
                CellText.of(row, TB_U),
                CellText.of(row, BB_TB),
                yaTidak.parse(row.text(ASI_EKSKLUSIF))));
    }
}
