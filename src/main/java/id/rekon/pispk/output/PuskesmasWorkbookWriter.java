package id.rekon.pispk.output;

import id.rekon.pispk.model.Ditolak;

import id.rekon.pispk.model.Puskesmas;
import id.rekon.pispk.model.RuleFamily;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes one puskesmas's workbook (spec "Outputs of one run", item 1) with SXSSF, so memory stays
 * flat whatever the number of findings: only {@code rowWindow} rows per sheet are kept in memory,
 * the rest go to compressed temporary files that {@link SXSSFWorkbook#close()} deletes (POI 5.3+,
 * bug 68183).
 *
 * <p>Sheets, in order: {@code Ringkasan}; {@code Kunjungan Rumah} ({@link KunjunganRumahSheet}: every
 * finding of a household together, for home visits); one sheet per {@link RuleFamily}, <em>every</em> family
 * even when it has no finding (the same layout every night, and an empty sheet says "nothing
 * found" plainly); {@code Baris Ditolak} ({@link BarisDitolakSheet}); {@code Petunjuk}. Findings may arrive in any order: they are sorted the way
 * teams walk their area ({@link TemuanOrder}: desa, RT/RW, family, person) before they are
 * written. That sort holds one puskesmas's findings in memory (a few thousand rows, some hundred
 * bytes each); the cells themselves still stream through SXSSF.
 *
 * <p>Isolation: a finding (or a resolved finding, or a concordance row) whose puskesmas is not
 * this one is never written; it is counted in {@link WorkbookResult#dilewati()} and logged by id.
 *
 * <p>Atomic: the workbook is written to a temporary file in the target's folder and moved into
 * place; when anything fails (the iterator too) the previous file stays as it was and no temporary
 * file is left. Stateless: one instance may write many workbooks, from several threads.
 */
public final class PuskesmasWorkbookWriter {

    /** Rows per sheet kept in memory before SXSSF flushes them to its temporary file. */
    public static final int DEFAULT_ROW_WINDOW = 100;

    private static final Logger log = LoggerFactory.getLogger(PuskesmasWorkbookWriter.class);
    private static final List<RuleFamily> FAMILIES = Arrays.asList(RuleFamily.values());

    private final int rowWindow;

    public PuskesmasWorkbookWriter() {
        this(DEFAULT_ROW_WINDOW);
    }

    public PuskesmasWorkbookWriter(int rowWindow) {
        if (rowWindow < 1) {
            throw new IllegalArgumentException("rowWindow < 1: " + rowWindow);
        }
        this.rowWindow = rowWindow;
    }

    /**
     * Writes the workbook of {@code puskesmas} to {@code target} (normally
     * {@code <output>/<D>/puskesmas/} + {@link WorkbookFileNames#of(Puskesmas)}).
     *
     * @param puskesmas     the owner; its {@code kode} selects the rows written
     * @param temuan        tonight's findings of this puskesmas, any order, read once
     * @param konkordansi   concordance per indicator of this puskesmas, in display order
     * @param selesai       findings resolved since the previous run, may be empty
     * @param tanggalProses the run date D
     * @param target        the workbook file; its folder is created when missing
     * @throws IOException  when the file cannot be written; the previous target is then untouched
     */
    public WorkbookResult write(Puskesmas puskesmas, Iterator<TemuanRow> temuan, List<KonkordansiRow> konkordansi,
                                List<TemuanRow> selesai, LocalDate tanggalProses, Path target) throws IOException {
        return write(puskesmas, temuan, konkordansi, selesai, List.of(), tanggalProses, target);
    }

    /**
     * As {@link #write(Puskesmas, Iterator, List, List, LocalDate, Path)}, with warnings for the team
     * shown at the top of the Ringkasan sheet (e.g. a source that did not arrive tonight).
     *
     * @param perhatian Indonesian sentences, one row each; may be empty
     */
    public WorkbookResult write(Puskesmas puskesmas, Iterator<TemuanRow> temuan, List<KonkordansiRow> konkordansi,
                                List<TemuanRow> selesai, List<String> perhatian, LocalDate tanggalProses, Path target)
            throws IOException {
        return write(puskesmas, temuan, konkordansi, selesai, perhatian, List.of(), tanggalProses, target);
    }

    /**
     * As above, with the rows of tonight's exports that name this puskesmas and were rejected, listed
     * on the {@code Baris Ditolak} sheet for the staff who typed them.
     *
     * @param ditolak rejected rows attributed to this puskesmas; may be empty
     */
    public WorkbookResult write(Puskesmas puskesmas, Iterator<TemuanRow> temuan, List<KonkordansiRow> konkordansi,
                                List<TemuanRow> selesai, List<String> perhatian, List<Ditolak> ditolak,
                                LocalDate tanggalProses, Path target) throws IOException {
        Objects.requireNonNull(puskesmas, "puskesmas");
        Objects.requireNonNull(puskesmas.kode(), "puskesmas.kode");
        Objects.requireNonNull(temuan, "temuan");
        Objects.requireNonNull(tanggalProses, "tanggalProses");
        Objects.requireNonNull(target, "target");
        String kode = puskesmas.kode().trim();

        Map<RuleFamily, FamilySheet> sheets = new EnumMap<>(RuleFamily.class);
        TemuanTally tally = new TemuanTally();
        long dilewati = 0;
        String firstSkipped = null;
        List<TemuanRow> selesaiDiSini = selesai == null ? List.of()
                : selesai.stream().filter(r -> isOf(kode, r)).toList();
        List<KonkordansiRow> konkordansiDiSini = konkordansi == null ? List.of()
                : konkordansi.stream().filter(k -> kode.equals(k.kodePuskesmas().trim())).toList();
        long skippedLists = (selesai == null ? 0 : selesai.size() - selesaiDiSini.size())
                + (konkordansi == null ? 0 : konkordansi.size() - konkordansiDiSini.size());

        try (AtomicFile file = AtomicFile.begin(target);
             SXSSFWorkbook workbook = new StreamingWorkbook(rowWindow)) {
            CellWriter cells = new CellWriter(new WorkbookStyles(workbook));

            SXSSFSheet ringkasan = workbook.createSheet(sheetName(RingkasanSheet.NAME));
            SXSSFSheet kunjungan = workbook.createSheet(sheetName(KunjunganRumahSheet.NAME));
            for (RuleFamily family : FAMILIES) {
                sheets.put(family, new FamilySheet(workbook.createSheet(sheetName(family.sheetName())), family, cells));
            }
            SXSSFSheet barisDitolak = workbook.createSheet(sheetName(BarisDitolakSheet.NAME));
            new PetunjukSheet(workbook.createSheet(sheetName(PetunjukSheet.NAME)), cells).write();

            List<TemuanRow> rows = new ArrayList<>();
            while (temuan.hasNext()) {
                TemuanRow row = Objects.requireNonNull(temuan.next(), "temuan row");
                if (!isOf(kode, row)) {
                    dilewati++;
                    if (firstSkipped == null) {
                        firstSkipped = row.temuan().idTemuan();
                    }
                    continue;
                }
                rows.add(row);
            }
            rows.sort(TemuanOrder.ROWS);
            for (TemuanRow row : rows) {
                sheets.get(row.temuan().kodeAturan().family()).append(row);
                tally.add(row);
            }
            sheets.values().forEach(s -> s.finish(puskesmas, tanggalProses));
            new KunjunganRumahSheet(kunjungan, cells).write(rows, puskesmas, tanggalProses);
            new BarisDitolakSheet(barisDitolak, cells).write(ditolak == null ? List.of() : ditolak, puskesmas,
                    tanggalProses);

            new RingkasanSheet(ringkasan, workbook.getXSSFWorkbook().getSheet(RingkasanSheet.NAME), cells)
                    .write(puskesmas, tanggalProses, FAMILIES, tally, konkordansiDiSini, selesaiDiSini,
                            perhatian == null ? List.of() : perhatian);
            workbook.setActiveSheet(0);
            PrintLayout.apply(ringkasan, true, puskesmas, tanggalProses, 0, -1, 0);
            PrintLayout.apply(workbook.getSheet(PetunjukSheet.NAME), false, puskesmas, tanggalProses, 0, -1, 0);

            workbook.write(file.output());
            file.commit();
        }
        if (dilewati > 0 || skippedLists > 0) {
            log.warn("Buku kerja {}: {} temuan dan {} baris ringkasan milik puskesmas lain tidak ditulis "
                    + "(contoh ID {})", kode, dilewati, skippedLists, firstSkipped);
        }
        Map<RuleFamily, Integer> rows = new EnumMap<>(RuleFamily.class);
        sheets.forEach((family, sheet) -> rows.put(family, sheet.dataRows()));
        return new WorkbookResult(target, rows, tally.total(), dilewati, selesaiDiSini.size());
    }

    private static boolean isOf(String kode, TemuanRow row) {
        String owner = row.temuan().kodePuskesmas();
        return owner != null && kode.equals(owner.trim());
    }

    private static String sheetName(String name) {
        // throws for names over 31 characters or with characters Excel refuses
        WorkbookUtil.validateSheetName(name);
        return name;
    }
}
