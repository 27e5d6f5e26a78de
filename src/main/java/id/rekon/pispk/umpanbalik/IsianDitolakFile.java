package id.rekon.pispk.umpanbalik;

import id.rekon.pispk.output.AtomicFile;
import id.rekon.pispk.output.IsianDitolak;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code umpan-balik-ditolak.json} in the run's output folder: the {@code Tindak Lanjut} and
 * {@code Catatan} of every returned row the checks refused tonight ({@link Hasil#DITOLAK}, and the
 * follow-up of a {@link Hasil#SEBAGIAN} row), with the reason and the puskesmas whose file held it.
 * The feedback step writes it; the output step of the same run reads it to show each one back on
 * its finding's row. JSON, not CSV: a team's note is kept exactly as typed (no formula quoting to
 * undo), and no spreadsheet opens it by accident. Rewritten whole by every run of the step.
 */
public final class IsianDitolakFile {

    public static final String FILE_NAME = "umpan-balik-ditolak.json";

    /** One refused row as stored. */
    public record Baris(String idTemuan, String kodePuskesmas, String tindakLanjut, String catatan, String alasan) {
    }

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private IsianDitolakFile() {
    }

    public static void write(List<Baris> rows, Path target) throws IOException {
        byte[] json = MAPPER.writeValueAsBytes(rows);
        AtomicFile.write(target, out -> out.write(json));
    }

    /**
     * The refused rows of {@code file} by {@link #key} (finding and the puskesmas whose file held
     * it): the output shows one only on the row of a finding that puskesmas owns, so a team never
     * sees another team's words. The first refused row of an id wins (as the checks take the first).
     * Empty when the file is not there (no feedback step ran, or an older run).
     */
    public static Map<String, IsianDitolak> read(Path file) throws IOException {
        Map<String, IsianDitolak> byId = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return byId;
        }
        List<Baris> rows = MAPPER.readValue(file.toFile(), new TypeReference<List<Baris>>() { });
        for (Baris b : rows) {
            byId.putIfAbsent(key(b.idTemuan(), b.kodePuskesmas()),
                    new IsianDitolak(b.idTemuan(), b.tindakLanjut(), b.catatan(), b.alasan()));
        }
        return byId;
    }

    /** The key {@link #read} files a refused row under: the finding and its owner. */
    public static String key(String idTemuan, String kodePuskesmas) {
        return idTemuan + "|" + (kodePuskesmas == null ? "" : kodePuskesmas.trim());
    }
}
