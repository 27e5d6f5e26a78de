package id.rekon.pispk.umpanbalik;

import id.rekon.pispk.output.OwnerOnly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The job's feedback folder ({@code <keluaran>/umpan-balik/} unless the job definition names
 * another): teams' returned workbooks are dropped in it; once read, a file moves to
 * {@code diproses/<run date>/}. A run reads again what it moved there itself on an earlier attempt
 * (a restart, or a forced rerun of the date), so the date's feedback is always the same whatever
 * happened in between. Files that could not be read stay where they are, for the operator.
 */
public final class FeedbackFolder {

    public static final String DIPROSES = "diproses";

    private final Path folder;

    public FeedbackFolder(Path folder) {
        this.folder = folder;
    }

    public Path path() {
        return folder;
    }

    /** Where the files read by the run of {@code runDate} are kept. */
    public Path processed(LocalDate runDate) {
        return folder.resolve(DIPROSES).resolve(runDate.toString());
    }

    /**
     * Files to read for {@code runDate}, in the order they are applied (a later one wins where two
     * change the same cell): those an earlier attempt of this date already moved, then the ones
     * waiting in the folder; each group oldest first, then by name. Creates the folder when missing, so operators see where to drop files.
     */
    public List<Path> toRead(LocalDate runDate) throws IOException {
        OwnerOnly.createDirectories(folder);
        // a move keeps the file's time, so the processed ones come back in the order first read
        Comparator<Path> order = Comparator.comparing(FeedbackFolder::modified).thenComparing(Path::getFileName);
        List<Path> files = new ArrayList<>(list(processed(runDate), order));
        files.addAll(list(folder, order));
        return files;
    }

    /** Moves a read file to {@link #processed}, keeping it when it is there already; never overwrites another file. */
    public Path moveToProcessed(Path file, LocalDate runDate) throws IOException {
        Path target = processed(runDate);
        if (file.toAbsolutePath().normalize().getParent().equals(target.toAbsolutePath().normalize())) {
            return file;
        }
        OwnerOnly.createDirectories(target);
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        Path to = target.resolve(name);
        for (int n = 2; Files.exists(to); n++) {
            to = target.resolve(stem + " (" + n + ")" + ext);
        }
        return Files.move(file, to, StandardCopyOption.ATOMIC_MOVE);
    }

    private static List<Path> list(Path dir, Comparator<Path> order) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            // a symbolic link is never followed: a team's link to another file is not a returned workbook
            return s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> isCandidate(p.getFileName().toString()))
                    .sorted(order).toList();
        }
    }

    /** Hidden files, Office lock files ({@code ~$…}) and files still being downloaded are left alone. */
    static boolean isCandidate(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !lower.startsWith(".") && !lower.startsWith("~$") && !lower.endsWith(".part") && !lower.endsWith(".tmp")
                && !lower.endsWith(".crdownload");
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
