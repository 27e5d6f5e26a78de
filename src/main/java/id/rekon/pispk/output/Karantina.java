package id.rekon.pispk.output;

import id.rekon.pispk.model.PersonalData;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;

/**
 * A quarantine folder ({@code .../karantina/<run date>/}): a file the night could not use is moved
 * (or copied) there with a small {@code <name>.alasan.txt} saying why, so it is out of the way of
 * the next night and the operator finds the reason beside it. Never overwrites: a second file of the
 * same name gets {@code (2)}, {@code (3)}, ... Names that are already as long as a file system allows
 * are kept, and the reason file's name is shortened instead ({@link BoundedName}).
 */
public final class Karantina {

    /** Folder name under the job's output (and under the feedback folder). */
    public static final String FOLDER = "karantina";
    /** Suffix of the reason file beside each quarantined file. */
    public static final String REASON_SUFFIX = ".alasan.txt";
    private final Path folder;

    /** @param parent the folder holding {@value #FOLDER} (the job's output folder, or the feedback folder) */
    public Karantina(Path parent, LocalDate runDate) {
        this.folder = parent.resolve(FOLDER).resolve(runDate.toString());
    }

    public Path folder() {
        return folder;
    }

    /** Whether a file of this name is already in quarantine (a repeat after a kill). */
    public boolean holds(String name) {
        return Files.exists(folder.resolve(name), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Puts {@code file} in quarantine with its reason.
     *
     * @param move   move the file (else copy it, leaving the original)
     * @param reason Indonesian, without personal data (it is written as given)
     * @return where the file now is
     */
    public Path put(Path file, String reason, boolean move) throws IOException {
        OwnerOnly.createDirectories(folder);
        String name = file.getFileName().toString();
        Path target = folder.resolve(name);
        for (int n = 2; Files.exists(target, LinkOption.NOFOLLOW_LINKS); n++) {
            target = folder.resolve(numbered(name, n));
        }
        if (move) {
            try {
                Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.copy(file, target, LinkOption.NOFOLLOW_LINKS);
                Files.delete(file);
            }
        } else {
            Files.copy(file, target, LinkOption.NOFOLLOW_LINKS);
        }
        OwnerOnly.restrict(target);
        String text = "Berkas      : " + PersonalData.mask(name) + System.lineSeparator()
                + "Alasan      : " + PersonalData.mask(reason) + System.lineSeparator()
                + "Yang dilakukan: berkas ini tidak dipakai. Perbaiki atau ekspor ulang, lalu taruh kembali di "
                + "folder asalnya." + System.lineSeparator();
        Path reasonFile = folder.resolve(BoundedName.of(target.getFileName().toString(), REASON_SUFFIX));
        AtomicFile.write(reasonFile, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        OwnerOnly.restrict(reasonFile);
        return target;
    }

    private static String numbered(String name, int n) {
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        return BoundedName.of(stem, " (" + n + ")" + ext);
    }
}
