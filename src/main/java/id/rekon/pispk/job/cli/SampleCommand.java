package id.rekon.pispk.job.cli;

import id.rekon.pispk.job.launch.ExitCode;
import id.rekon.pispk.job.launch.JobDefinitionException;
import id.rekon.pispk.sample.GeneratorSettings;
import id.rekon.pispk.sample.Manifest;
import id.rekon.pispk.sample.SampleDataGenerator;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** {@code generate}: writes a synthetic kabupaten (all five export kinds) with the sample generator. */
final class SampleCommand {

    private SampleCommand() {
    }

    static ExitCode generate(CommandLine cmd, PrintStream out) {
        GeneratorSettings s = GeneratorSettings.defaults();
        try {
            if (cmd.get("out") != null) {
                s = s.withOut(Path.of(cmd.get("out")));
            }
            if (cmd.get("keluarga") != null) {
                s = s.withKeluarga(Integer.parseInt(cmd.get("keluarga")));
            }
            if (cmd.get("seed") != null) {
                s = s.withSeed(Long.parseLong(cmd.get("seed")));
            }
            if (cmd.get("run-date") != null) {
                s = s.withRunDate(LocalDate.parse(cmd.get("run-date")));
            }
            if (cmd.get("ekspor-rusak") != null) {
                // that puskesmas's PIS-PK members CSV with every NIK as Excel damages it (5.30201E+15)
                s = s.withEksporRusak(cmd.get("ekspor-rusak"));
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new JobDefinitionException("Nilai pilihan tidak sah: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new JobDefinitionException(e.getMessage());
        }
        long t0 = System.nanoTime();
        Manifest m;
        try {
            m = SampleDataGenerator.generate(s);
        } catch (IllegalArgumentException e) {
            // an --ekspor-rusak puskesmas that does not exist or sends the raw survey workbook
            throw new JobDefinitionException("Pilihan --ekspor-rusak tidak dapat dipakai: " + e.getMessage());
        }
        long rows = m.files().stream().mapToLong(Manifest.FileEntry::dataRows).sum();
        out.printf("%d keluarga, %d berkas, %d baris data ditulis ke %s dalam %.1f detik%n", m.keluarga(),
                m.files().size(), rows, s.out().toAbsolutePath().normalize().resolve("inbox"),
                (System.nanoTime() - t0) / 1e9);
        out.printf("Master wilayah kerja: %s; manifest: %s%n", s.out().resolve(m.regionMaster()).normalize(),
                s.out().resolve("manifest.json").normalize());
        return ExitCode.SUKSES;
    }
}
