package id.rekon.pispk.job.launch;

import id.rekon.pispk.model.Cakupan;
import id.rekon.pispk.model.PersonalData;
import id.rekon.pispk.store.InputFile;
import id.rekon.pispk.store.StagingStore;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The operator's summary of a finished run, printed after it: per input file the rows read, stored,
 * rejected and skipped, then where the outputs and the archive are; and the exit code it implies.
 * Counts and file names only: never a NIK or a name.
 */
final class RunReport {

    private final StagingStore store;

    RunReport(StagingStore store) {
        this.store = store;
    }

    ExitCode print(RunParameters params, JobExecution execution, Path archiveDir, PrintStream out) {
        if (execution.getStatus() == BatchStatus.STOPPED) {
            out.printf("%nJob DIHENTIKAN dengan rapi (STOPPED) di langkah '%s'. Jalankan perintah yang sama lagi untuk "
                    + "melanjutkan dari titik itu.%n", lastStep(execution));
            return ExitCode.GAGAL;
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            out.printf("%nJob GAGAL (%s) di langkah '%s'. Lihat log di folder data/log. Jalankan perintah yang sama "
                    + "lagi untuk melanjutkan dari langkah yang gagal.%n", execution.getStatus(), lastStep(execution));
            execution.getAllFailureExceptions().forEach(t -> out.println("  sebab: " + PersonalData.mask(rootMessage(t))));
            return ExitCode.GAGAL;
        }
        List<InputFile> files = store.files(params.run());
        out.printf("%n%-45s %-18s %8s %8s %8s %8s%n", "Berkas", "Jenis", "Dibaca", "Disimpan", "Ditolak", "Dilewati");
        boolean problems = false;
        boolean missingSource = false;
        for (InputFile f : files) {
            // Names and reasons through the same masking as the log: a file name may hold a line break or a NIK.
            out.printf("%-45s %-18s %8d %8d %8d %8d%n", shorten(PersonalData.mask(f.fileName()), 45),
                    f.kind() == null ? "?" : f.kind(),
                    f.rowsRead(), f.rowsStored(), f.rowsRejected(), f.rowsSkipped());
            if (f.error() != null) {
                out.println("    ! " + PersonalData.mask(f.error()));
                problems = true;
            }
            problems |= f.rowsRejected() > 0;
        }
        List<Cakupan.Kekurangan> kurang = store.kekurangan(params.run()).stream()
                .filter(Cakupan.Kekurangan::diharapkan).toList();
        if (!kurang.isEmpty()) {
            out.println();
            out.println("Sumber data yang ada pada 7 proses terakhir tetapi tidak ada malam ini (aturannya tidak dinilai,"
                    + " temuan lamanya tetap terbuka; periksa ekspornya lalu jalankan ulang dengan --force):");
            for (Cakupan.Kekurangan k : kurang) {
                out.printf("  ! %-8s %-14s aturan %s%n", k.sumber().label(),
                        k.kodePuskesmas() == null ? "semua" : k.kodePuskesmas(),
                        Cakupan.aturanTeks(k.sumber(), k.aturan()));
            }
            missingSource = true;
        }
        long unrouted = store.unrouted(params.run()).size();
        Path outDir = params.outDir().toAbsolutePath().normalize();
        out.println();
        if (unrouted > 0) {
            out.printf("Catatan program yang tidak dapat diarahkan ke puskesmas: %d (lihat \"galat_rute\" di %s;"
                    + " periksa nama/kode puskesmas di master wilayah kerja)%n", unrouted,
                    outDir.resolve("ringkasan.json"));
            problems = true;
        }
        out.printf("Baris yang ditolak  : %s%n", outDir.resolve("ditolak"));
        out.printf("Workbook puskesmas  : %s%n", outDir.resolve("puskesmas"));
        out.printf("Semua temuan (CSV)  : %s%n", outDir.resolve("temuan.csv"));
        out.printf("Semua temuan (Excel): %s%n", outDir.resolve("temuan.xlsx"));
        out.printf("Rekap kabupaten     : %s%n", outDir.resolve("kabupaten.xlsx"));
        out.printf("Ringkasan (JSON)    : %s%n", outDir.resolve("ringkasan.json"));
        if (archiveDir != null) {
            out.printf("Arsip masukan       : %s (daftar SHA-256: %s)%n", archiveDir, RunInputs.MANIFEST);
        }
        out.printf("Lama proses         : %s%n", duration(execution));
        ExitCode code = missingSource ? ExitCode.SUMBER_TIDAK_ADA
                : problems ? ExitCode.INPUT_BERMASALAH : ExitCode.SUKSES;
        out.println(switch (code) {
            case SUMBER_TIDAK_ADA -> "Selesai, tetapi ada sumber data yang biasanya datang dan malam ini tidak ada "
                    + "(kode keluar " + code.code() + ")" + (problems ? "; ada juga baris yang ditolak." : ".");
            case INPUT_BERMASALAH -> "Selesai, dengan baris/berkas yang ditolak (kode keluar " + code.code()
                    + "): lihat folder ditolak.";
            default -> "Selesai.";
        });
        return code;
    }

    /** The step the run was in; a partition of the read step ({@code bacaBerkas:berkas-0007}) counts as {@code baca}. */
    static String lastStep(JobExecution execution) {
        return execution.getStepExecutions().stream()
                .max((a, b) -> Long.compare(a.getId(), b.getId()))
                .map(StepExecution::getStepName)
                .map(name -> name.startsWith("bacaBerkas:") ? "baca" : name).orElse("-");
    }

    private static String duration(JobExecution e) {
        LocalDateTime start = e.getStartTime();
        LocalDateTime end = e.getEndTime() == null ? LocalDateTime.now() : e.getEndTime();
        if (start == null) {
            return "-";
        }
        Duration d = Duration.between(start, end);
        return String.format("%d menit %d detik", d.toMinutes(), d.toSecondsPart());
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : "…" + s.substring(s.length() - max + 1);
    }

    static String rootMessage(Throwable t) {
        Throwable r = t;
        while (r.getCause() != null) {
            r = r.getCause();
        }
        return r.getClass().getSimpleName() + ": " + r.getMessage();
    }
}
