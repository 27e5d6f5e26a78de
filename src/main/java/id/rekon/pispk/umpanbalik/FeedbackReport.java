package id.rekon.pispk.umpanbalik;

import id.rekon.pispk.model.PersonalData;
import id.rekon.pispk.output.AtomicFile;
import id.rekon.pispk.output.SafeText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code umpan-balik-laporan.csv} in the run's output folder: one line per returned file (what was
 * done with it) and one per row that was taken or refused (rows with nothing new are only counted
 * in their file's line). Same dialect as the other CSV outputs: UTF-8 with BOM, comma, CRLF,
 * formula-like text quoted with {@code '}. Rows are named by sheet, row number and {@code ID Temuan}:
 * never a NIK, a name, or what a team typed. An {@code ID Temuan} cell that does not have the form the
 * job writes ({@code JKN-01-K7Q2M4XZ9A}) is a team's typing, which may be a NIK or a name, so the
 * report shows {@value #ID_TIDAK_BERBENTUK} instead. Written whole or not at all. Not thread-safe.
 */
public final class FeedbackReport {

    public static final String FILE_NAME = "umpan-balik-laporan.csv";
    static final String[] HEADER = {"berkas", "lembar", "baris", "id_temuan", "kode_puskesmas", "hasil", "alasan"};

    /** File-level outcomes. */
    public static final String BERKAS_DIBACA = "berkas dibaca";
    public static final String BERKAS_DITOLAK = "berkas ditolak";
    public static final String BERKAS_TIDAK_TERBACA = "berkas tidak dapat dibaca";
    public static final String LEMBAR_DILEWATI = "lembar dilewati";

    /** One line of the report; {@code lembar}, {@code baris}, {@code idTemuan} are empty for a file line. */
    public record Line(String berkas, String lembar, Long baris, String idTemuan, String kodePuskesmas, String hasil,
                       String alasan) {
    }

    /** Shown instead of an id cell that is not a job's id. */
    static final String ID_TIDAK_BERBENTUK = "(bukan ID Temuan)";
    private static final Pattern ID_FORM = Pattern.compile("[A-Z]{2,10}-[0-9]{2}-[A-HJ-NP-Z2-9]{10}");

    private final List<Line> lines = new ArrayList<>();

    void file(String berkas, String kodePuskesmas, String hasil, String alasan) {
        lines.add(new Line(berkas, "", null, "", kodePuskesmas, hasil, alasan));
    }

    void row(String berkas, ReturnedRow row, String kodePuskesmas, Verdict verdict) {
        lines.add(new Line(berkas, row.lembar(), row.baris(), shown(row.idTemuan()), kodePuskesmas,
                verdict.hasil().label(), verdict.alasan()));
    }

    /** The id as the report may show it: only the form the job writes, never a team's own typing. */
    static String shown(String idTemuan) {
        String id = idTemuan == null ? "" : idTemuan.trim();
        return id.isEmpty() || ID_FORM.matcher(id).matches() ? id : ID_TIDAK_BERBENTUK;
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    /** Writes the report (a header only when no file was returned). */
    public void write(Path target) throws IOException {
        AtomicFile.write(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            try (CSVPrinter csv = new CSVPrinter(writer,
                    CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").setHeader(HEADER).get())) {
                for (Line l : lines) {
                    csv.printRecord(SafeText.forCsv(PersonalData.mask(l.berkas())), SafeText.forCsv(l.lembar()),
                            l.baris() == null ? "" : l.baris().toString(), SafeText.forCsv(l.idTemuan()),
                            SafeText.forCsv(l.kodePuskesmas() == null ? "" : l.kodePuskesmas()), l.hasil(),
                            SafeText.forCsv(PersonalData.mask(l.alasan())));
                }
            }
        });
    }
}
