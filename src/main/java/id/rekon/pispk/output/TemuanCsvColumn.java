package id.rekon.pispk.output;

import id.rekon.pispk.model.Pencocokan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The columns of {@code temuan.csv} and {@code temuan.xlsx}, in order, each with how it is taken
 * from a {@link TemuanRow} (and the owner puskesmas's name). The first thirteen are the spec's, in
 * the spec's order, unchanged (scripts read them by position too); the rest were added after them
 * for analysts who pivot: where (kecamatan, desa, puskesmas name), who (age, sex), what (the rule's
 * words, the sheet) and what was done (status words, follow-up, note), in the workbook's words.
 * Values are raw here; {@link SafeText#forCsv} is applied when printing.
 */
public enum TemuanCsvColumn {
    ID_TEMUAN("id_temuan", TemuanColumn.Kind.KODE, (r, p) -> r.temuan().idTemuan()),
    KODE_ATURAN("kode_aturan", TemuanColumn.Kind.TEXT, (r, p) -> r.temuan().kodeAturan().code()),
    ARAH("arah", TemuanColumn.Kind.TEXT, (r, p) -> r.temuan().arah().code()),
    KODE_PUSKESMAS("kode_puskesmas", TemuanColumn.Kind.KODE, (r, p) -> r.temuan().kodePuskesmas()),
    NIK("nik", TemuanColumn.Kind.KODE, (r, p) -> r.temuan().nik()),
    NAMA("nama", TemuanColumn.Kind.TEXT, (r, p) -> r.temuan().nama()),
    TANGGAL_LAHIR("tanggal_lahir", TemuanColumn.Kind.DATE, (r, p) -> iso(r.temuan().tanggalLahir())),
    KODE_KELUARGA("kode_keluarga", TemuanColumn.Kind.KODE, (r, p) -> r.temuan().kodeKeluarga()),
    SUMBER_PROGRAM("sumber_program", TemuanColumn.Kind.TEXT, (r, p) -> FamilySheet.sumberLabel(r.temuan())),
    NILAI_PISPK("nilai_pispk", TemuanColumn.Kind.TEXT, (r, p) -> r.temuan().nilaiPispk()),
    NILAI_PROGRAM("nilai_program", TemuanColumn.Kind.TEXT, (r, p) -> r.temuan().nilaiProgram()),
    STATUS("status", TemuanColumn.Kind.TEXT, (r, p) -> r.status()),
    PERTAMA_TERLIHAT("pertama_terlihat", TemuanColumn.Kind.DATE, (r, p) -> iso(r.pertamaTerlihat())),
    NAMA_PUSKESMAS("nama_puskesmas", TemuanColumn.Kind.TEXT, (r, p) -> p),
    KECAMATAN("kecamatan", TemuanColumn.Kind.TEXT, (r, p) -> r.temuan().kecamatan()),
    DESA("desa", TemuanColumn.Kind.TEXT, (r, p) -> r.temuan().desa()),
    RT_RW("rt_rw", TemuanColumn.Kind.KODE, (r, p) -> r.temuan().rtRw()),
    ALAMAT("alamat", TemuanColumn.Kind.TEXT, (r, p) -> r.temuan().alamat()),
    UMUR_BULAN("umur_bulan", TemuanColumn.Kind.INTEGER,
            (r, p) -> r.temuan().umurBulan() == null ? "" : r.temuan().umurBulan().toString()),
    UMUR("umur", TemuanColumn.Kind.TEXT, (r, p) -> UmurTeks.of(r.temuan().umurBulan())),
    JENIS_KELAMIN("jenis_kelamin", TemuanColumn.Kind.TEXT,
            (r, p) -> r.temuan().jenisKelamin() == null ? "" : r.temuan().jenisKelamin().label()),
    URAIAN("uraian", TemuanColumn.Kind.TEXT, (r, p) -> r.temuan().kodeAturan().judul()),
    ARAH_KATA("arah_kata", TemuanColumn.Kind.TEXT, (r, p) -> r.temuan().arah().label()),
    LEMBAR("lembar", TemuanColumn.Kind.TEXT, (r, p) -> r.temuan().kodeAturan().family().sheetName()),
    REKOMENDASI("rekomendasi", TemuanColumn.Kind.TEXT, (r, p) -> r.temuan().kodeAturan().tindakLanjut()),
    TINDAK_LANJUT("tindak_lanjut", TemuanColumn.Kind.TEXT,
            (r, p) -> r.tindakLanjut().isBlank() ? TindakLanjut.BELUM.label() : r.tindakLanjut()),
    CATATAN("catatan", TemuanColumn.Kind.TEXT, (r, p) -> r.catatan()),
    KETERANGAN("keterangan", TemuanColumn.Kind.TEXT, (r, p) -> r.temuan().keterangan()),
    // MATCH-01 only (empty on other rules): the pair's levels field by field and its other record,
    // appended after the others so analysts' imports by position stay as they were.
    SKOR_COCOK("skor_cocok", TemuanColumn.Kind.TEXT,
            (r, p) -> cocok(r, c -> String.format(Locale.ROOT, "%.4f", c.skor()))),
    TINGKAT_NAMA("tingkat_nama", TemuanColumn.Kind.TEXT, (r, p) -> cocok(r, Pencocokan::tingkatNama)),
    TINGKAT_TANGGAL_LAHIR("tingkat_tanggal_lahir", TemuanColumn.Kind.TEXT,
            (r, p) -> cocok(r, Pencocokan::tingkatTanggalLahir)),
    TINGKAT_JENIS_KELAMIN("tingkat_jenis_kelamin", TemuanColumn.Kind.TEXT,
            (r, p) -> cocok(r, Pencocokan::tingkatJenisKelamin)),
    TINGKAT_NAMA_IBU("tingkat_nama_ibu", TemuanColumn.Kind.TEXT, (r, p) -> cocok(r, Pencocokan::tingkatNamaIbu)),
    PASANGAN_SUMBER("pasangan_sumber", TemuanColumn.Kind.TEXT, (r, p) -> cocok(r, Pencocokan::pasanganSumber)),
    PASANGAN_NIK("pasangan_nik", TemuanColumn.Kind.KODE, (r, p) -> cocok(r, Pencocokan::pasanganNik)),
    PASANGAN_NAMA("pasangan_nama", TemuanColumn.Kind.TEXT, (r, p) -> cocok(r, Pencocokan::pasanganNama)),
    PASANGAN_TANGGAL_LAHIR("pasangan_tanggal_lahir", TemuanColumn.Kind.DATE,
            (r, p) -> cocok(r, c -> iso(c.pasanganTanggalLahir())));

    private final String header;
    private final TemuanColumn.Kind kind;
    private final BiFunction<TemuanRow, String, String> value;

    TemuanCsvColumn(String header, TemuanColumn.Kind kind, BiFunction<TemuanRow, String, String> value) {
        this.header = header;
        this.kind = kind;
        this.value = value;
    }

    public String header() {
        return header;
    }

    /** How {@code temuan.xlsx} writes the column: text, identifier text, a date or a number. */
    public TemuanColumn.Kind kind() {
        return kind;
    }

    /** The raw value of this column for {@code row}; never {@code null}. */
    public String valueOf(TemuanRow row) {
        return valueOf(row, "");
    }

    /** The raw value for {@code row} owned by the puskesmas named {@code namaPuskesmas}; never {@code null}. */
    public String valueOf(TemuanRow row, String namaPuskesmas) {
        String v = value.apply(row, namaPuskesmas == null ? "" : namaPuskesmas);
        return v == null ? "" : v;
    }

    private static String cocok(TemuanRow r, Function<Pencocokan, String> f) {
        Pencocokan c = r.temuan().pencocokan();
        return c == null ? "" : f.apply(c);
    }

    /** The header names in order. */
    public static String[] headers() {
        return Arrays.stream(values()).map(TemuanCsvColumn::header).toArray(String[]::new);
    }

    /** The printed (formula-safe) values of {@code row}, in column order. */
    static String[] printed(TemuanRow row) {
        return printed(row, "");
    }

    static String[] printed(TemuanRow row, String namaPuskesmas) {
        TemuanCsvColumn[] columns = values();
        String[] out = new String[columns.length];
        for (int i = 0; i < columns.length; i++) {
            out[i] = SafeText.forCsv(columns[i].valueOf(row, namaPuskesmas));
        }
        return out;
    }

    private static String iso(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }
}
