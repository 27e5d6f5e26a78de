package id.rekon.pispk.sample;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What to generate.
 *
 * @param out         output folder; the generator writes {@code inbox/}, {@code referensi/} and
 *                    {@code manifest.json} under it (created if missing, files overwritten)
 * @param keluarga    number of surveyed families, at least 20
 * @param seed        random seed: the same settings give the same files, byte for byte
 * @param runDate     the job's run date the data is made for (ages, windows and KUA-03 depend on it)
 * @param wilayahDir  folder holding the Kemendagri CSVs ({@code districts.csv}, {@code villages.csv},
 *                    {@code regencies.csv}); used only when the classpath has no {@code wilayah/}
 * @param xlsxMaxRows rows per XLSX sheet before the output is split into another file
 *                    (Excel's limit by default; smaller values are for tests)
 * @param xlsMaxRows  rows per legacy XLS sheet before splitting (65,536 by default)
 * @param eksporRusak code of a puskesmas (two-CSV PIS-PK layout) whose members CSV is written with
 *                    every NIK as Excel shows it in scientific notation ({@code 5.30201E+15}), as
 *                    when a whole column was opened and saved in Excel; {@code null} for none
 */
public record GeneratorSettings(
        Path out,
        int keluarga,
        long seed,
        LocalDate runDate,
        Path wilayahDir,
        int xlsxMaxRows,
        int xlsMaxRows,
        String eksporRusak) {

    public static final int XLSX_MAX_ROWS = 1_048_576;
    public static final int XLS_MAX_ROWS = 65_536;

    public GeneratorSettings(Path out, int keluarga, long seed, LocalDate runDate, Path wilayahDir, int xlsxMaxRows,
                             int xlsMaxRows) {
        this(out, keluarga, seed, runDate, wilayahDir, xlsxMaxRows, xlsMaxRows, null);
    }

    public GeneratorSettings {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(runDate, "runDate");
        Objects.requireNonNull(wilayahDir, "wilayahDir");
        if (keluarga < 20) {
            throw new IllegalArgumentException("keluarga must be at least 20, was " + keluarga);
        }
        if (xlsxMaxRows < 100 || xlsxMaxRows > XLSX_MAX_ROWS) {
            throw new IllegalArgumentException("xlsxMaxRows out of range: " + xlsxMaxRows);
        }
        if (xlsMaxRows < 100 || xlsMaxRows > XLS_MAX_ROWS) {
            throw new IllegalArgumentException("xlsMaxRows out of range: " + xlsMaxRows);
        }
    }

    /** {@code sample-data}, 300 families, seed 42, run date 2026-11-01, {@code ../shared/reference/wilayah}. */
    public static GeneratorSettings defaults() {
        return new GeneratorSettings(Path.of("sample-data"), 300, 42L, LocalDate.of(2026, 11, 1),
                Path.of("../shared/reference/wilayah"), XLSX_MAX_ROWS, XLS_MAX_ROWS, null);
    }

    public GeneratorSettings withOut(Path value) {
        return new GeneratorSettings(value, keluarga, seed, runDate, wilayahDir, xlsxMaxRows, xlsMaxRows, eksporRusak);
    }

    public GeneratorSettings withKeluarga(int value) {
        return new GeneratorSettings(out, value, seed, runDate, wilayahDir, xlsxMaxRows, xlsMaxRows, eksporRusak);
    }

    public GeneratorSettings withSeed(long value) {
        return new GeneratorSettings(out, keluarga, value, runDate, wilayahDir, xlsxMaxRows, xlsMaxRows, eksporRusak);
    }

    public GeneratorSettings withRunDate(LocalDate value) {
        return new GeneratorSettings(out, keluarga, seed, value, wilayahDir, xlsxMaxRows, xlsMaxRows, eksporRusak);
    }

    public GeneratorSettings withWilayahDir(Path value) {
        return new GeneratorSettings(out, keluarga, seed, runDate, value, xlsxMaxRows, xlsMaxRows, eksporRusak);
    }

    public GeneratorSettings withMaxRows(int xlsx, int xls) {
        return new GeneratorSettings(out, keluarga, seed, runDate, wilayahDir, xlsx, xls, eksporRusak);
    }

    /**
     * Writes the PIS-PK members CSV of puskesmas {@code kode} with every NIK in scientific notation
     * (a whole export damaged by Excel); the manifest records the findings this causes. The
     * puskesmas must use the two-CSV layout; {@code null} for none.
     */
    public GeneratorSettings withEksporRusak(String kode) {
        return new GeneratorSettings(out, keluarga, seed, runDate, wilayahDir, xlsxMaxRows, xlsMaxRows, kode);
    }
}
