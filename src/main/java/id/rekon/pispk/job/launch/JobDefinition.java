package id.rekon.pispk.job.launch;

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
 * @param ukuranChunk  the older {@code ukuran_chunk} key, kept so old definitions still load; the read
 *                     step's chunk is the application setting {@code rekon.chunk-size}
 * @param aturan       rule windows and thresholds
 * @param umpanBalik   folder the teams' returned workbooks are dropped into; {@code null} means
 *                     {@code <keluaran>/umpan-balik} (see docs/riwayat.md)
 * @param inboxStabilDetik a file changed less than this many seconds ago is taken as still being copied and
 *                     left for the next run (0: every file is taken)
 * @param arsip        archive folder; the inputs of a completed run go to {@code <arsip>/<run date>/}.
 *                     {@code null} means {@code <keluaran>/arsip}
 * @param pindahkanKeArsip {@code true}: inputs are moved out of the inbox into the archive; {@code false}: copied,
 *                     the inbox is left as it was
 * @param simpanArsipHari archived (and quarantined) inputs of run dates more than this many days before a run's
 *                     date are deleted by that run; 0 keeps them for ever
 */
public record JobDefinition(
        String nama,
        Path inbox,
        Path keluaran,
        Path wilayahKerja,
        String jadwal,
        int ukuranChunk,
        RuleSettings aturan,
        Path umpanBalik,
        int inboxStabilDetik,
        Path arsip,
        boolean pindahkanKeArsip,
        int simpanArsipHari) {

    /** Seconds a file must stay unchanged before a run takes it, unless the job definition says otherwise. */
    public static final int INBOX_STABIL_DETIK_BAKU = 30;

    public JobDefinition {
        if (inboxStabilDetik < 0) {
            throw new JobDefinitionException("'inbox_stabil_detik' tidak boleh negatif: " + inboxStabilDetik);
        }
        if (simpanArsipHari < 0) {
            throw new JobDefinitionException("'simpan_arsip_hari' tidak boleh negatif: " + simpanArsipHari);
        }
    }

    /** A definition whose archive is kept for ever. */
    public JobDefinition(String nama, Path inbox, Path keluaran, Path wilayahKerja, String jadwal, int ukuranChunk,
                         RuleSettings aturan, Path umpanBalik, int inboxStabilDetik, Path arsip,
                         boolean pindahkanKeArsip) {
        this(nama, inbox, keluaran, wilayahKerja, jadwal, ukuranChunk, aturan, umpanBalik, inboxStabilDetik, arsip,
                pindahkanKeArsip, 0);
    }

    /**
     * A definition with the defaults: feedback in {@code <keluaran>/umpan-balik}, 30 seconds of stability,
     * archive under the outputs, inputs moved.
     */
    public JobDefinition(String nama, Path inbox, Path keluaran, Path wilayahKerja, String jadwal, int ukuranChunk,
                         RuleSettings aturan) {
        this(nama, inbox, keluaran, wilayahKerja, jadwal, ukuranChunk, aturan, null);
    }

    /** A definition with the operations defaults: 30 seconds of stability, archive under the outputs, move. */
    public JobDefinition(String nama, Path inbox, Path keluaran, Path wilayahKerja, String jadwal, int ukuranChunk,
                         RuleSettings aturan, Path umpanBalik) {
        this(nama, inbox, keluaran, wilayahKerja, jadwal, ukuranChunk, aturan, umpanBalik, INBOX_STABIL_DETIK_BAKU,
                null, true);
    }

    /** The archive folder of the job's runs: {@code arsip}, or {@code <keluaran>/arsip}. */
    public Path folderArsip() {
        return arsip != null ? arsip : keluaran.resolve("arsip");
    }

    /** A copy with another inbox, outputs and region master (command-line overrides); {@code null} keeps each. */
    public JobDefinition withPaths(Path inbox, Path keluaran, Path wilayahKerja) {
        return new JobDefinition(nama, inbox != null ? inbox : this.inbox, keluaran != null ? keluaran : this.keluaran,
                wilayahKerja != null ? wilayahKerja : this.wilayahKerja, jadwal, ukuranChunk, aturan, umpanBalik,
                inboxStabilDetik, arsip, pindahkanKeArsip, simpanArsipHari);
    }

    /** A copy with another stability window (command-line override). */
    public JobDefinition withInboxStabilDetik(int detik) {
        return new JobDefinition(nama, inbox, keluaran, wilayahKerja, jadwal, ukuranChunk, aturan, umpanBalik, detik,
                arsip, pindahkanKeArsip, simpanArsipHari);
    }
}
