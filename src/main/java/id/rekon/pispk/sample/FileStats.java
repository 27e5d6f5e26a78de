package id.rekon.pispk.sample;

import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of one inbox file, kept by its writer as it writes: the manifest's per-file truth.
 * PIS-PK families are counted when a stored member row starts a new family; writers keep a
 * family's rows together, so this is the number of distinct families among non-rejected rows.
 */
final class FileStats {

    final String file;
    final String kind;
    final String puskesmas;
    final int part;
    private final boolean pispk;
    private long data;
    private long rejected;
    private long totals;
    private long blank;
    private long families;
    private long members;
    private String lastFamily;
    private final Map<String, Long> reasons = new TreeMap<>();
    private final Map<String, Long> damage = new TreeMap<>();

    FileStats(String file, String kind, String puskesmas, int part) {
        this.file = file;
        this.kind = kind;
        this.puskesmas = puskesmas;
        this.part = part;
        this.pispk = kind.startsWith("pispk");
    }

    /** A data row the job must store. */
    void row() {
        data++;
    }

    /** A data row the job must reject. */
    void reject(String reason) {
        data++;
        rejected++;
        reasons.merge(reason, 1L, Long::sum);
    }

    void totals() {
        totals++;
    }

    void blank() {
        blank++;
    }

    /** A stored PIS-PK family row (family file). */
    void family() {
        data++;
        families++;
    }

    /** A stored PIS-PK member row of family {@code kode} (member file or raw survey). */
    void member(String kode, boolean countsFamily) {
        data++;
        members++;
        if (countsFamily && !kode.equals(lastFamily)) {
            families++;
            lastFamily = kode;
        }
    }

    void damage(String tag) {
        if (tag != null) {
            damage.merge(tag, 1L, Long::sum);
        }
    }

    long dataRows() {
        return data;
    }

    long rejectedRows() {
        return rejected;
    }

    Manifest.FileEntry toEntry() {
        boolean famFile = kind.equals("pispk-keluarga") || kind.equals("pispk-raw-survei");
        boolean memFile = kind.equals("pispk-anggota") || kind.equals("pispk-raw-survei");
        return new Manifest.FileEntry(file, kind, puskesmas, part, data, rejected, totals, blank,
                pispk && famFile ? families : null, pispk && memFile ? members : null,
                new TreeMap<>(reasons), new TreeMap<>(damage));
    }
}
