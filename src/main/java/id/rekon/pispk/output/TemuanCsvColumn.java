package id.rekon.pispk.output;


import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.function.Function;

/**
 * The columns of {@code temuan.csv}, in the spec's order, each with how it is taken from a
 * {@link TemuanRow}. Values are raw here; {@link SafeText#forCsv} is applied when printing.
 */
public enum TemuanCsvColumn {
    ID_TEMUAN("id_temuan", r -> r.temuan().idTemuan()),
    KODE_ATURAN("kode_aturan", r -> r.temuan().kodeAturan().code()),
    ARAH("arah", r -> r.temuan().arah().code()),
    KODE_PUSKESMAS("kode_puskesmas", r -> r.temuan().kodePuskesmas()),
    NIK("nik", r -> r.temuan().nik()),
    NAMA("nama", r -> r.temuan().nama()),
    TANGGAL_LAHIR("tanggal_lahir", r -> iso(r.temuan().tanggalLahir())),
    KODE_KELUARGA("kode_keluarga", r -> r.temuan().kodeKeluarga()),
    SUMBER_PROGRAM("sumber_program", r -> FamilySheet.sumberLabel(r.temuan())),
    NILAI_PISPK("nilai_pispk", r -> r.temuan().nilaiPispk()),
    NILAI_PROGRAM("nilai_program", r -> r.temuan().nilaiProgram()),
    STATUS("status", TemuanRow::status),
    PERTAMA_TERLIHAT("pertama_terlihat", r -> iso(r.pertamaTerlihat()));

    private final String header;
    private final Function<TemuanRow, String> value;

    TemuanCsvColumn(String header, Function<TemuanRow, String> value) {
        this.header = header;
        this.value = value;
    }

    public String header() {
        return header;
    }

    /** The raw value of this column for {@code row}; never {@code null}. */
    public String valueOf(TemuanRow row) {
        String v = value.apply(row);
        return v == null ? "" : v;
    }

    /** The header names in order. */
    public static String[] headers() {
        return Arrays.stream(values()).map(TemuanCsvColumn::header).toArray(String[]::new);
    }

    /** The printed (formula-safe) values of {@code row}, in column order. */
    static String[] printed(TemuanRow row) {
        TemuanCsvColumn[] columns = values();
        String[] out = new String[columns.length];
        for (int i = 0; i < columns.length; i++) {
            out[i] = SafeText.forCsv(columns[i].valueOf(row));
        }
        return out;
    }

    private static String iso(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }
}
