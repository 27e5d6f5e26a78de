package id.rekon.pispk.umpanbalik;

import id.rekon.pispk.model.PersonalData;
import id.rekon.pispk.output.Karantina;
import id.rekon.pispk.source.SourceLimitException;
import id.rekon.pispk.store.RunKey;
import id.rekon.pispk.store.UmpanBalik;
import id.rekon.pispk.store.UmpanBalikStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One night's returned workbooks: reads every file of the feedback folder ({@link FeedbackFolder}),
 * decides each row ({@link PuskesmasOfFile}, {@link FeedbackCheck}), stores what is taken
 * ({@link UmpanBalikStore}; a MATCH-01 row's changed choice also as the pair's decision), moves the files read to {@code diproses/<run date>/} and writes
 * {@link FeedbackReport} and, beside it, the refused rows with what the team wrote
 * ({@link IsianDitolakFile}), which the night's workbooks show back on their rows. Idempotent per run date: it first removes the feedback this date received
 * before and reads that date's processed files again. A file is stored all or nothing: its rows are
 * decided first and stored once the whole file has been read.
 *
 * <p>Runs inside the step's transaction. Logs a line per file, with counts only. Not thread-safe.
 */
public final class FeedbackReceiver {

    private static final Logger log = LoggerFactory.getLogger(FeedbackReceiver.class);

    private final UmpanBalikStore store;
    private final FeedbackCheck check = new FeedbackCheck();

    public FeedbackReceiver(UmpanBalikStore store) {
        this.store = store;
    }

    /** Counts of one night's feedback. */
    public record Ringkasan(int berkas, int berkasTidakTerbaca, Map<Hasil, Long> baris) {

        public long jumlah(Hasil hasil) {
            return baris.getOrDefault(hasil, 0L);
        }
    }

    /**
     * @param run         the run receiving the feedback; its date is the received date
     * @param folder      the job's feedback folder
     * @param masterCodes codes of the region master's puskesmas (the history's owners are added)
     * @param report      where {@code umpan-balik-laporan.csv} goes
     */
    public Ringkasan receive(RunKey run, FeedbackFolder folder, Collection<String> masterCodes, Path report)
            throws IOException {
        store.deleteReceived(run);
        Set<String> known = new TreeSet<>(masterCodes);
        known.addAll(store.puskesmasCodes(run.jobName()));
        FeedbackReport lines = new FeedbackReport();
        List<IsianDitolakFile.Baris> refused = new ArrayList<>();
        Map<Hasil, Long> total = new EnumMap<>(Hasil.class);
        int files = 0;
        int unreadable = 0;
        for (Path file : folder.toRead(run.runDate())) {
            files++;
            Outcome outcome = receiveFile(run, file, known, lines, total, refused);
            if (outcome == Outcome.READ) {
                folder.moveToProcessed(file, run.runDate());
            } else {
                unreadable++;
                if (outcome == Outcome.POISONED) {
                    quarantine(run, folder, file, lines);
                }
            }
        }
        lines.write(report);
        IsianDitolakFile.write(refused, report.resolveSibling(IsianDitolakFile.FILE_NAME));
        if (files > 0) {
            log.info("Umpan balik: {} berkas ({} tidak dapat dibaca); baris {} diterima, {} sebagian, {} tidak berubah,"
                    + " {} ditolak. Laporan: {}", files, unreadable, total.getOrDefault(Hasil.DITERIMA, 0L),
                    total.getOrDefault(Hasil.SEBAGIAN, 0L), total.getOrDefault(Hasil.TIDAK_BERUBAH, 0L),
                    total.getOrDefault(Hasil.DITOLAK, 0L), report.toAbsolutePath().normalize());
        } else {
            log.info("Umpan balik: tidak ada buku kerja kembali di {}", folder.path().toAbsolutePath().normalize());
        }
        return new Ringkasan(files, unreadable, Map.copyOf(total));
    }

    /** What became of one returned file. */
    private enum Outcome {
        /** Read (its rows decided, stored or refused): moves to {@code diproses/}. */
        READ,
        /** Not readable now (another format, still being copied, password): stays for the operator. */
        LEFT,
        /** Beyond the read limits or breaking the reader: moved to quarantine so it cannot stop another night. */
        POISONED
    }

    /** A database failure inside a row check: the step's problem, not the file's. */
    private static final class CheckFailed extends RuntimeException {
        CheckFailed(RuntimeException cause) {
            super(cause);
        }
    }

    private void quarantine(RunKey run, FeedbackFolder folder, Path file, FeedbackReport report) throws IOException {
        String name = file.getFileName().toString();
        String reason = "Buku kerja ini tidak dapat dibaca dengan aman (melampaui batas baca atau isinya tidak wajar); "
                + "dipindahkan ke folder " + Karantina.FOLDER + " dan tidak ada isiannya yang dipakai. Simpan ulang dari "
                + "workbook asli puskesmas, lalu letakkan lagi di folder umpan balik.";
        Karantina karantina = new Karantina(folder.path(), run.runDate());
        Path at = karantina.put(file, reason, true);
        report.file(name, null, FeedbackReport.BERKAS_TIDAK_TERBACA, reason);
        log.warn("Umpan balik '{}' tidak dapat dibaca dengan aman; dipindahkan ke karantina {}", PersonalData.mask(name),
                at.getParent());
    }

    private Outcome receiveFile(RunKey run, Path file, Set<String> known, FeedbackReport report,
                                Map<Hasil, Long> total, List<IsianDitolakFile.Baris> refused) {
        String name = file.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            report.file(name, null, FeedbackReport.BERKAS_TIDAK_TERBACA, "Bukan berkas .xlsx: simpan ulang sebagai "
                    + "Excel Workbook (.xlsx) lalu letakkan lagi di folder umpan balik. Berkas dibiarkan di tempatnya.");
            log.warn("Umpan balik '{}': bukan .xlsx, dibiarkan", name);
            return Outcome.LEFT;
        }
        List<Decided> decided = new ArrayList<>();
        Set<String> duplicates = new HashSet<>();
        String kode;
        List<String> problems;
        int sheets;
        long tidakBerubah;
        try (ReturnedWorkbook workbook = ReturnedWorkbook.open(file)) {
            PuskesmasOfFile.Keputusan owner = PuskesmasOfFile.decide(name, workbook.puskesmas(), known);
            if (!owner.diterima()) {
                report.file(name, null, FeedbackReport.BERKAS_DITOLAK, owner.masalah());
                log.warn("Umpan balik '{}' ditolak: {}", name, owner.masalah());
                return Outcome.READ;
            }
            kode = owner.kode();
            Map<String, String> firstRow = new HashMap<>();
            long[] unchanged = {0};
            sheets = workbook.forEachRow(row -> {
                try {
                    decide(run, row, owner, name, workbook, firstRow, unchanged, decided, duplicates);
                } catch (RuntimeException e) {
                    throw new CheckFailed(e);
                }
            });
            problems = workbook.problems();
            tidakBerubah = unchanged[0];
        } catch (CheckFailed e) {
            throw (RuntimeException) e.getCause();
        } catch (SourceLimitException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
            // The file's own content broke the reader (a crafted or damaged workbook): the rest of
            // the night goes on, and the file is moved aside so the next one does too.
            log.warn("Umpan balik '{}' tidak dapat dibaca dengan aman: {}", name, e.getClass().getSimpleName());
            return Outcome.POISONED;
        } catch (IOException e) {
            // only the file's own faults: a database error in the checks fails the step instead
            report.file(name, null, FeedbackReport.BERKAS_TIDAK_TERBACA, "Berkas tidak dapat dibaca (rusak, masih "
                    + "disalin, atau dilindungi kata sandi). Berkas dibiarkan di folder umpan balik; tidak ada isian "
                    + "yang dipakai.");
            log.warn("Umpan balik '{}' tidak dapat dibaca ({}); dibiarkan di tempatnya", name, e.getClass().getSimpleName());
            return Outcome.LEFT;
        }
        Map<Hasil, Long> counts = new EnumMap<>(Hasil.class);
        if (tidakBerubah > 0) {
            counts.put(Hasil.TIDAK_BERUBAH, tidakBerubah);
        }
        for (Decided d : decided) {
            counts.merge(d.verdict().hasil(), 1L, Long::sum);
            d.verdict().simpan().ifPresent(u -> store.insert(run, u));
            d.verdict().keputusan().ifPresent(k -> store.insert(run, k));
        }
        StringBuilder summary = new StringBuilder().append(decided.size() + tidakBerubah).append(" baris dibaca: ");
        for (Hasil h : Hasil.values()) {
            summary.append(counts.getOrDefault(h, 0L)).append(' ').append(h.label())
                    .append(h.ordinal() < Hasil.values().length - 1 ? ", " : ".");
        }
        if (sheets == 0 && problems.isEmpty()) {
            summary.append(" Tidak ada lembar temuan (kolom ID Temuan) di berkas ini.");
        }
        report.file(name, kode, FeedbackReport.BERKAS_DIBACA, summary.toString());
        for (String p : problems) {
            report.file(name, kode, FeedbackReport.LEMBAR_DILEWATI, p);
        }
        for (Decided d : decided) {
            report.row(name, d.row(), kode, d.verdict());
            // shown back on the finding's row next time, so the team sees why its word was not taken
            // (not a second copy of an id: its first row is the one that counts)
            if (!d.row().idTemuan().isEmpty() && !duplicates.contains(d.row().tempat())
                    && (d.verdict().hasil() == Hasil.DITOLAK || d.verdict().hasil() == Hasil.SEBAGIAN)) {
                refused.add(new IsianDitolakFile.Baris(d.row().idTemuan(), kode, d.row().tindakLanjut(),
                        d.row().catatan(), d.verdict().alasan()));
            }
        }
        counts.forEach((h, n) -> total.merge(h, n, Long::sum));
        log.info("Umpan balik '{}': puskesmas {}, {}", name, kode, summary);
        if (!problems.isEmpty()) {
            log.warn("Umpan balik '{}': {} lembar dilewati (lihat laporan)", name, problems.size());
        }
        return Outcome.READ;
    }

    /** Decides one returned row; rows nobody touched are only counted. */
    private void decide(RunKey run, ReturnedRow row, PuskesmasOfFile.Keputusan owner, String name,
                        ReturnedWorkbook workbook, Map<String, String> firstRow, long[] unchanged, List<Decided> decided,
                        Set<String> duplicates) {
        Verdict v = row.idTemuan().isEmpty()
                ? check.check(row, owner.kode(), name, Optional.empty(), Optional.empty(), Optional.empty())
                : check(run, row, owner.kode(), name, workbook.tanggalProses());
        if (!row.idTemuan().isEmpty()) {
            String first = firstRow.putIfAbsent(row.idTemuan(), row.tempat());
            if (first != null && v.hasil() != Hasil.TIDAK_BERUBAH) {
                v = Verdict.ditolak("ID Temuan ini sudah ada di " + first + "; hanya baris pertama yang dipakai.");
                duplicates.add(row.tempat());
            }
        }
        if (v.hasil() == Hasil.TIDAK_BERUBAH) {
            unchanged[0]++; // only counted: a returned workbook is mostly rows nobody touched
        } else {
            decided.add(new Decided(row, v));
        }
    }

    /**
     * Checks a row against the history: the finding as the workbook showed it, the feedback the
     * workbook showed (as of its run date; without a readable run date, what is held now) and the
     * feedback held now.
     */
    private Verdict check(RunKey run, ReturnedRow row, String kode, String fileName, LocalDate workbookDate) {
        Optional<UmpanBalik> current = store.current(run, row.idTemuan());
        Optional<UmpanBalik> printed = workbookDate == null || !workbookDate.isBefore(run.runDate()) ? current
                : store.shownOn(run.jobName(), row.idTemuan(), workbookDate);
        return check.check(row, kode, fileName, store.known(run, row.idTemuan(), workbookDate), printed, current);
    }

    private record Decided(ReturnedRow row, Verdict verdict) {
    }
}
