package id.rekon.pispk.job.cli;

import id.rekon.pispk.job.launch.ExitCode;
import id.rekon.pispk.job.launch.JobDefinitionException;
import id.rekon.pispk.job.launch.JobDefinitionLoader;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The command lines answered before the application starts: {@code help} and every usage error
 * (unknown command or option, {@code run} without its folders, a malformed date or number, a job
 * definition that does not load). Starting Spring and opening the database took 8–10 seconds and
 * locked the H2 file just to print the usage; these need neither. Everything else is left to
 * {@link RekonRunner}. Pure: no Spring, no database, no file written.
 */
public final class QuickCommand {

    /** The options the commands take (besides Spring's {@code --spring.*}, {@code --rekon.*}, {@code --logging.*}). */
    static final Set<String> OPTIONS = Set.of("job", "jobs", "inbox", "out", "wilayah-kerja", "name", "run-date",
            "inbox-stabil-detik", "keluarga", "seed", "ekspor-rusak");
    private static final Set<String> COMMANDS = Set.of("run", "serve", "generate", "help");

    private QuickCommand() {
    }

    /**
     * @return the exit code when {@code args} is answered here (the answer printed on {@code out});
     *         empty when the application must start to carry the command out
     */
    public static OptionalInt answer(String[] args, PrintStream out) {
        CommandLine cmd = CommandLine.parse(args, OPTIONS);
        if ("help".equals(cmd.command()) || cmd.flag("help")) {
            out.println(usage());
            return OptionalInt.of(ExitCode.SUKSES.code());
        }
        String problem = problem(cmd);
        if (problem == null) {
            return OptionalInt.empty();
        }
        out.println("KESALAHAN: " + problem + "\n" + usage());
        return OptionalInt.of(ExitCode.SALAH_PEMAKAIAN.code());
    }

    /** What is wrong with {@code cmd}, in Indonesian, or {@code null} when nothing is. */
    static String problem(CommandLine cmd) {
        if (!cmd.unknown().isEmpty()) {
            return "Pilihan tidak dikenal: " + cmd.unknown();
        }
        if (!COMMANDS.contains(cmd.command())) {
            return "Perintah tidak dikenal: " + cmd.command();
        }
        if (cmd.get("run-date") != null) {
            try {
                LocalDate.parse(cmd.get("run-date"));
            } catch (DateTimeParseException e) {
                return "--run-date harus berbentuk YYYY-MM-DD, bukan '" + cmd.get("run-date") + "'";
            }
        }
        for (String number : new String[] {"inbox-stabil-detik", "keluarga", "seed"}) {
            if (cmd.get(number) != null && !cmd.get(number).matches("-?\\d{1,18}")) {
                return "--" + number + " harus bilangan bulat, bukan '" + cmd.get(number) + "'";
            }
        }
        if ("run".equals(cmd.command())) {
            if (cmd.get("job") != null) {
                try {
                    new JobDefinitionLoader().load(Path.of(cmd.get("job")));
                } catch (JobDefinitionException e) {
                    return e.getMessage();
                }
            } else if (cmd.get("inbox") == null || cmd.get("out") == null) {
                return "Sebutkan --job FILE, atau --inbox DIR dan --out DIR.";
            }
        }
        return null;
    }

    static String usage() {
        return """
                Pemakaian:
                  rekon run --job jobs/contoh.yml [--run-date YYYY-MM-DD] [--force] [--inbox-stabil-detik N]
                  rekon run --inbox DIR --out DIR [--wilayah-kerja FILE] [--name NAMA] [--run-date YYYY-MM-DD] [--force]
                  rekon serve [--jobs DIR]      (layanan: setiap jobs/*.yml dijalankan menurut 'jadwal'-nya)
                  rekon generate [--out DIR] [--keluarga N] [--seed S] [--run-date YYYY-MM-DD]
                                 [--ekspor-rusak KODE_PUSKESMAS]  (semua NIK ekspor anggota PIS-PK itu rusak oleh Excel)
                  rekon help
                Kode keluar: 0 sukses, 1 gagal atau dihentikan (jalankan lagi untuk melanjutkan), 2 selesai dengan
                baris/berkas ditolak (lihat ditolak/), 3 job sedang berjalan / basis data dipakai proses lain,
                4 inbox kosong (tidak ada yang diproses), 5 selesai tetapi ekspor yang biasanya datang tidak ada,
                64 salah pemakaian, 143 dihentikan dengan SIGTERM. Panduan: docs/memulai.md, docs/operasi.md.""";
    }
}
