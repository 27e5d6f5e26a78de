package id.rekon.pispk.job.launch;

import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The files that feed one run: the exports taken from one folder (the inbox, or the archive of the run
 * date when a run is repeated from there), each with its SHA-256 and size, and the region master when it
 * lives outside that folder.
 *
 * <p>Its {@link #sidik() fingerprint} is an identifying job parameter: the same job, date and files are the
 * same run (already done, or resumed), while a changed inbox on the same date is a new run.
 *
 * @param folder       the folder the exports are read from (absolute, normalised)
 * @param berkas       the exports, by name
 * @param wilayahKerja the region master when it is outside {@code folder}, or {@code null}
 */
public record RunInputs(Path folder, List<Berkas> berkas, Berkas wilayahKerja) {

    /** Name of the job-execution-context entry holding the inputs (JSON). */
    public static final String CONTEXT_KEY = "masukan";
    /**
     * The checksum list the archive step writes in each archive folder (these inputs' SHA-256 in the
     * {@code sha256sum} format); here rather than in the archive step because the run report names it too.
     */
    public static final String MANIFEST = "MANIFEST.sha256";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * One file.
     *
     * @param nama   the file name (no folder), or for an outside region master its absolute path
     * @param sha256 lowercase hex
     * @param ukuran bytes
     */
    public record Berkas(String nama, String sha256, long ukuran) {
        public Berkas {
            Objects.requireNonNull(nama, "nama");
            Objects.requireNonNull(sha256, "sha256");
        }
    }

    public RunInputs {
        Objects.requireNonNull(folder, "folder");
        berkas = berkas.stream().sorted(Comparator.comparing(Berkas::nama)).toList();
    }

    /**
     * Checksums the files. {@code wilayahKerja} is included when it is not one of {@code files} and not in
     * {@code folder}.
     */
    public static RunInputs read(Path folder, List<Path> files, Path wilayahKerja) {
        // On every core, in order: a province's inbox is gigabytes, hashed before the job starts.
        List<Berkas> list = files.parallelStream().map(f -> berkas(f, f.getFileName().toString())).toList();
        Berkas master = null;
        Path dir = folder.toAbsolutePath().normalize();
        if (wilayahKerja != null) {
            Path m = wilayahKerja.toAbsolutePath().normalize();
            if (!dir.equals(m.getParent()) && Files.isRegularFile(m)) {
                master = berkas(m, m.toString());
            }
        }
        return new RunInputs(dir, list, master);
    }

    private static Berkas berkas(Path f, String name) {
        try {
            return new Berkas(name, InboxFiles.sha256(f), Files.size(f));
        } catch (IOException e) {
            throw new UncheckedIOException("Berkas tidak dapat dibaca: " + f, e);
        }
    }

    public boolean isEmpty() {
        return berkas.isEmpty();
    }

    /** The file names, in order. */
    public List<String> names() {
        return berkas.stream().map(Berkas::nama).toList();
    }

    /**
     * SHA-256 (hex) over the sorted lines {@code name TAB sha256} of the exports, then
     * {@code wilayah_kerja TAB file name TAB sha256} for an outside region master. The folder is left out, so
     * the same files read back from the archive give the same fingerprint.
     */
    public String sidik() {
        StringBuilder text = new StringBuilder();
        for (Berkas b : berkas) {
            text.append(b.nama()).append('\t').append(b.sha256()).append('\n');
        }
        if (wilayahKerja != null) {
            text.append("wilayah_kerja\t").append(Path.of(wilayahKerja.nama()).getFileName()).append('\t')
                    .append(wilayahKerja.sha256()).append('\n');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String toJson() {
        return JSON.writeValueAsString(new Stored(folder.toString(), berkas, wilayahKerja));
    }

    public static RunInputs fromJson(String json) {
        Stored s = JSON.readValue(json, Stored.class);
        return new RunInputs(Path.of(s.folder()), s.berkas(), s.wilayahKerja());
    }

    /** JSON shape (paths as text). */
    record Stored(String folder, List<Berkas> berkas, Berkas wilayahKerja) {
    }
}
