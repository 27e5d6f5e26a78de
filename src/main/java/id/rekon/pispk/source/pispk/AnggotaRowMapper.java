package id.rekon.pispk.source.pispk;

import id.rekon.pispk.model.Anggota;
import id.rekon.pispk.model.Asal;
import id.rekon.pispk.model.Nama;
import id.rekon.pispk.model.Sex;
import id.rekon.pispk.source.CellText;
import id.rekon.pispk.normalise.JawabanParser;
import id.rekon.pispk.normalise.JenisKelaminParser;
import id.rekon.pispk.normalise.MapResult;
import id.rekon.pispk.normalise.NamaNormaliser;
import id.rekon.pispk.normalise.NikClassifier;
import id.rekon.pispk.normalise.RejectReasons;
import id.rekon.pispk.source.SourceRowMapper;
import id.rekon.pispk.normalise.StatusKawinParser;
import id.rekon.pispk.normalise.TanggalParser;
import id.rekon.pispk.normalise.YaTidakParser;
import id.rekon.pispk.source.MappedRow;

import java.time.LocalDate;
import java.util.Objects;

import static id.rekon.pispk.source.pispk.AnggotaColumn.*;

/**
 * Maps a {@code pispk-anggota} row (or a Raw Data Survei row) to an {@link Anggota}.
 *
 * <p>Rejected when {@code Kode Keluarga} or {@code Nama} is blank, or {@code Tanggal Lahir} is
 * blank or unreadable. The NIK is classified against the member's own date of birth and sex and
 * is never a reject. Indicator answers ({@link JawabanParser}) and Ya/Tidak questions
 * ({@link YaTidakParser}) are {@code null} when blank or unreadable. Stateless and thread-safe.
 */
public final class AnggotaRowMapper implements SourceRowMapper<Anggota> {

    private final NikClassifier nik;
    private final TanggalParser tanggal;
    private final NamaNormaliser nama = new NamaNormaliser();
    private final JenisKelaminParser jenisKelamin = new JenisKelaminParser();
    private final StatusKawinParser statusKawin = new StatusKawinParser();
    private final JawabanParser jawaban = new JawabanParser();
    private final YaTidakParser yaTidak = new YaTidakParser();

    public AnggotaRowMapper(NikClassifier nik, TanggalParser tanggal) {
        this.nik = Objects.requireNonNull(nik, "nik");
        this.tanggal = Objects.requireNonNull(tanggal, "tanggal");
    }

    @Override
    public MapResult<Anggota> map(MappedRow row) {
        RejectReasons reject = new RejectReasons();
        String kodeKeluarga = reject.required(KODE_KELUARGA.header(), CellText.of(row, KODE_KELUARGA));
        Nama namaAnggota = nama.normalise(row.text(NAMA));
        reject.required(NAMA.header(), namaAnggota.normal());
        LocalDate lahir = reject.required(TANGGAL_LAHIR.header(), tanggal.read(row.get(TANGGAL_LAHIR)));
        Sex sex = jenisKelamin.parse(row.text(JENIS_KELAMIN)).orElse(null);
        return reject.result(() -> new Anggota(
                new Asal(row.file(), row.rowNumber()),
                kodeKeluarga,
                CellText.of(row, NO_URUT),
                nik.classify(row.get(NIK), lahir, sex, null),
                namaAnggota,
                CellText.of(row, HUBUNGAN),
                lahir,
                sex,
                statusKawin.parse(row.text(STATUS_PERKAWINAN)),
                yaTidak.parse(row.text(SEDANG_HAMIL)),
                jawaban.parse(row.text(KB)),
                jawaban.parse(row.text(BERSALIN_FASKES)),
                jawaban.parse(row.text(ASI_EKSKLUSIF)),
                jawaban.parse(row.text(IMUNISASI)),
                jawaban.parse(row.text(PEMANTAUAN_PERTUMBUHAN)),
                jawaban.parse(row.text(TB)),
                jawaban.parse(row.text(HIPERTENSI)),
                jawaban.parse(row.text(ODGJ)),
                yaTidak.parse(row.text(MEROKOK)),
                yaTidak.parse(row.text(KARTU_JKN))));
    }
}
