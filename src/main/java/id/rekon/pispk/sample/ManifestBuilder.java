package id.rekon.pispk.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects file counts and findings while the run writes; builds the {@link Manifest}. */
final class ManifestBuilder {

    private final List<FileStats> files = new ArrayList<>();
    private final List<Manifest.Finding> findings = new ArrayList<>();

    FileStats file(String name, String kind, String puskesmas, int part) {
        FileStats s = new FileStats(name, kind, puskesmas, part);
        files.add(s);
        return s;
    }

    void must(String rule, String subject, String pkm, String source, String nik, String nama, LocalDate dob,
              String note) {
        add(rule, subject, pkm, source, nik, nama, dob, "must", note);
    }

    void may(String rule, String subject, String pkm, String source, String nik, String nama, LocalDate dob,
             String note) {
        add(rule, subject, pkm, source, nik, nama, dob, "may", note);
    }

    void none(String rule, String subject, String pkm, String source, String nik, String nama, LocalDate dob,
              String note) {
        add(rule, subject, pkm, source, nik, nama, dob, "none", note);
    }

    /** A finding expected as {@code e}: the injectors that plant a case and its near miss share one method. */
    void expect(Expect e, String rule, String subject, String pkm, String source, String nik, String nama,
                LocalDate dob, String note) {
        add(rule, subject, pkm, source, nik, nama, dob, e.word(), note);
    }

    private void add(String rule, String subject, String pkm, String source, String nik, String nama,
                     LocalDate dob, String expect, String note) {
        findings.add(new Manifest.Finding(rule, subject, pkm, source, nik == null ? "" : nik, nama,
                dob == null ? null : dob.toString(), expect, note));
    }

    List<Manifest.FileEntry> fileEntries() {
        return files.stream().sorted(Comparator.comparing((FileStats f) -> f.file))
                .map(FileStats::toEntry).toList();
    }

    List<Manifest.Finding> findings() {
        return findings;
    }
}
