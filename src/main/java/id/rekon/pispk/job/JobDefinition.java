package id.rekon.pispk.job;

import id.rekon.pispk.rules.RuleSettings;

import java.nio.file.Path;

/**
 * A job definition from {@code jobs/*.yml}: which inbox, where the outputs go, the region master,
 * the schedule and the rule settings. Relative paths are relative to the working directory.
 *
 * @param nama         the job's name; identifies its runs and history (e.g. {@code kab-tts})
 * @param inbox        folder the operators drop exports into
 * @param keluaran     output folder; each run writes under {@code <keluaran>/<run date>/}
 * @param wilayahKerja region master CSV; when {@code null} it must be in the inbox
 * @param jadwal       cron expression for the long-running service (six fields, Spring style), or {@code null}
 * @param ukuranChunk  rows per transaction while reading the inbox
 * @param aturan       rule windows and thresholds
 * @param umpanBalik   folder the teams' returned workbooks are dropped into; {@code null} means
 *                     {@code <keluaran>/umpan-balik} (see docs/riwayat.md)
 */
public record JobDefinition(
        String nama,
        Path inbox,
        Path keluaran,
        Path wilayahKerja,
        String jadwal,
        int ukuranChunk,
        RuleSettings aturan,
        Path umpanBalik) {

    /** A definition with the default feedback folder, {@code <keluaran>/umpan-balik}. */
    public JobDefinition(String nama, Path inbox, Path keluaran, Path wilayahKerja, String jadwal, int ukuranChunk,
                         RuleSettings aturan) {
        this(nama, inbox, keluaran, wilayahKerja, jadwal, ukuranChunk, aturan, null);
    }
}
