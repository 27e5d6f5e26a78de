package id.rekon.pispk.job;

import id.rekon.pispk.job.launch.JobLock;

import java.nio.file.Path;

/** Test helper run in a child JVM: holds a job's lock until killed, as a running job's process does. */
public final class JobLockHolder {

    private JobLockHolder() {
    }

    /** {@code args}: lock folder, job name. */
    public static void main(String[] args) throws InterruptedException {
        JobLock lock = JobLock.tryAcquire(Path.of(args[0]), args[1]).orElseThrow();
        System.out.println("KUNCI DIPEGANG " + lock.file());
        Thread.sleep(600_000);
    }
}
