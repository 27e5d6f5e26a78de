package id.rekon.pispk.job.launch;

import id.rekon.pispk.output.OwnerOnly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * One run of a job at a time, across processes: an operating-system lock on
 * {@code <data dir>/lock/<job>.lock}, held for the whole run. The operating system releases it when
 * the process ends in any way, {@code kill -9} included, so a lock is never left behind by a dead
 * process (the file itself stays; only the lock on it counts).
 *
 * <p>The file holds the process id and start time of the holder, for the refusal message. The lock is
 * local to the machine: every process running a job must run on the same machine (with PostgreSQL too).
 * Within one JVM a second attempt on the same job is refused as well.
 */
public final class JobLock implements AutoCloseable {

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private JobLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the job's lock if no one holds it.
     *
     * @return the held lock (close it to release), or empty when another run of the job holds it
     */
    public static Optional<JobLock> tryAcquire(Path lockDir, String jobName) {
        Path file = lockDir.resolve(fileName(jobName));
        FileChannel channel = null;
        try {
            OwnerOnly.createDirectories(lockDir);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.READ);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this same JVM (another thread of the service)
            }
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            String holder = "pid " + ProcessHandle.current().pid() + ", sejak "
                    + LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS) + "\n";
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return Optional.of(new JobLock(file, channel, lock));
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("Berkas kunci job tidak dapat dibuat: " + file, e);
        }
    }

    /** Who holds the job's lock, as written by the holder ("pid 1234, sejak 2026-11-01T01:00:00"), if readable. */
    public static String holder(Path lockDir, String jobName) {
        try {
            String s = Files.readString(lockDir.resolve(fileName(jobName)), StandardCharsets.UTF_8).trim();
            return s.isEmpty() ? "proses lain" : s;
        } catch (IOException | RuntimeException e) {
            return "proses lain";
        }
    }

    /** The lock file's name: the job name with anything but letters, digits, dot, dash and underscore replaced. */
    static String fileName(String jobName) {
        return jobName.replaceAll("[^A-Za-z0-9._-]", "_") + ".lock";
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } catch (IOException e) {
            // closing the channel below releases it as well
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }
}
