package id.rekon.pispk.output;

import id.rekon.pispk.model.Arah;
import id.rekon.pispk.model.Puskesmas;
import id.rekon.pispk.model.RuleCode;
import id.rekon.pispk.model.RuleFamily;
import id.rekon.pispk.model.Temuan;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The {@code Ringkasan} sheet, written after the family sheets (it is the first sheet, but SXSSF
 * streams each sheet on its own, so its rows can come last). Sections, top to bottom, each a
 * titled table:
 * <ol>
 *   <li>{@value #JUDUL_PER_ATURAN}: every rule with its direction and family sheet, counts of
 *       {@code Baru} and {@code Masih terbuka}, and a {@value #JUMLAH} row;</li>
 *   <li>{@value #JUDUL_PER_ARAH}: the same per direction;</li>
 *   <li>{@value #JUDUL_PER_DESA}: desa by family sheet, a {@value #JUMLAH} column and row; the
 *       row's cells equal the data rows of the family sheets;</li>
 *   <li>{@value #JUDUL_KONKORDANSI}: per indicator, agreed, compared, and the share as a
 *       percentage;</li>
 *   <li>{@value #JUDUL_SELESAI}: findings resolved since the previous run.</li>
 * </ol>
 * A horizontal bar chart of findings per desa stands under the per-desa table. The counts
 * are values, not formulas: they describe the run, and stay true when teams sort or filter the
 * family sheets.
 */
final class RingkasanSheet {

    static final String NAME = "Ringkasan";
    static final String PERHATIAN = "Perhatian";
    static final String JUMLAH = "Jumlah";
    static final String JUDUL_PER_ATURAN = "Temuan per aturan";
    static final String JUDUL_PER_ARAH = "Temuan per arah";
    static final String JUDUL_PER_DESA = "Temuan per desa";
    static final String JUDUL_KONKORDANSI = "Kesesuaian PIS-PK dengan program per indikator";
    static final String JUDUL_SELESAI = "Temuan selesai sejak proses sebelumnya";
    static final String CHART_TITLE = "Jumlah temuan per desa";

    /** Widths here are capped low: one column serves several tables. */
    private static final int WIDTH_CAP = 32;
    private static final int COLUMNS = 12;

    private final Sheet sheet;
    private final XSSFSheet template;
    private final CellWriter cells;
    private final WorkbookStyles styles;
    private final ColumnWidths widths = new ColumnWidths(COLUMNS, WIDTH_CAP);
    private int next;

    /**
     * @param sheet    the streamed sheet the rows go to
     * @param template the XSSF sheet behind it, which holds the drawing (SXSSF streams only rows)
     */
    RingkasanSheet(Sheet sheet, XSSFSheet template, CellWriter cells) {
        this.sheet = sheet;
        this.template = template;
        this.cells = cells;
        this.styles = cells.styles();
    }

    void write(Puskesmas puskesmas, LocalDate tanggalProses, List<RuleFamily> families, TemuanTally tally,
               List<KonkordansiRow> konkordansi, List<TemuanRow> selesai, List<String> perhatian) {
        Row title = row();
        cells.styled(title, 0, "Ringkasan Temuan Rekonsiliasi PIS-PK", styles.title, null);
        Row pkm = row();
        cells.styled(pkm, 0, "Puskesmas", styles.label, widths);
        cells.text(pkm, 1, (nullToEmpty(puskesmas.kode()) + " " + nullToEmpty(puskesmas.nama())).trim(), null);
        Row tanggal = row();
        cells.styled(tanggal, 0, "Tanggal proses", styles.label, widths);
        cells.date(tanggal, 1, tanggalProses, null);
        Row jumlah = row();
        cells.styled(jumlah, 0, "Jumlah temuan", styles.label, widths);
        cells.number(jumlah, 1, tally.total(), styles.integer, null);
        Row note = row();
        cells.text(note, 0, "Angka di lembar ini dihitung saat proses dan sama dengan jumlah baris di lembar "
                + "per kelompok aturan. Penjelasan tiap aturan ada di lembar Petunjuk.", null);
        for (String text : perhatian) {
            Row warning = row();
            cells.styled(warning, 0, PERHATIAN, styles.label, widths);
            cells.text(warning, 1, text, null);
        }
        next++;

        perAturan(tally);
        next++;
        perArah(tally);
        next++;
        int desaTableRow = next;
        perDesa(families, tally);
        next++;
        if (!tally.perDesa().isEmpty()) {
            // the chart stands under the table it draws, on rows kept empty for it
            int height = chartHeight(tally.perDesa().size());
            chart(tally, desaTableRow, families.size(), next, height);
            next += height + 1;
        }
        konkordansi(konkordansi);
        next++;
        selesai(selesai);

        widths.applyTo(sheet);
    }

    private void perAturan(TemuanTally tally) {
        section(JUDUL_PER_ATURAN);
        header("Kode Aturan", "Baru", "Masih terbuka", JUMLAH, "Lembar", "Arah", "Uraian");
        for (RuleCode rule : RuleCode.values()) {
            Row r = row();
            cells.text(r, 0, rule.code(), widths);
            cells.number(r, 1, tally.baru(rule), styles.integer, widths);
            cells.number(r, 2, tally.lainnya(rule), styles.integer, widths);
            cells.number(r, 3, tally.of(rule), styles.integer, widths);
            cells.text(r, 4, rule.family().sheetName(), widths);
            cells.text(r, 5, rule.arah().label(), widths);
            // the last column of its table: spills over the empty cells to its right, not counted for widths
            cells.text(r, 6, rule.judul(), null);
        }
        long baru = 0;
        long lainnya = 0;
        for (RuleCode rule : RuleCode.values()) {
            baru += tally.baru(rule);
            lainnya += tally.lainnya(rule);
        }
        totals(baru, lainnya, tally.total());
    }

    private void perArah(TemuanTally tally) {
        section(JUDUL_PER_ARAH);
        header("Arah", "Baru", "Masih terbuka", JUMLAH, "Siapa bertindak");
        long baru = 0;
        long lainnya = 0;
        for (Arah arah : Arah.values()) {
            Row r = row();
            cells.text(r, 0, arah.label(), widths);
            cells.number(r, 1, tally.baru(arah), styles.integer, widths);
            cells.number(r, 2, tally.lainnya(arah), styles.integer, widths);
            cells.number(r, 3, tally.baru(arah) + tally.lainnya(arah), styles.integer, widths);
            // spills over the empty cells to its right; not counted for widths
            cells.text(r, 4, PetunjukSheet.siapa(arah), null);
            baru += tally.baru(arah);
            lainnya += tally.lainnya(arah);
        }
        totals(baru, lainnya, tally.total());
    }

    private void totals(long baru, long lainnya, long total) {
        Row r = row();
        cells.styled(r, 0, JUMLAH, styles.totalLabel, widths);
        cells.number(r, 1, baru, styles.totalInteger, widths);
        cells.number(r, 2, lainnya, styles.totalInteger, widths);
        cells.number(r, 3, total, styles.totalInteger, widths);
    }

    private void perDesa(List<RuleFamily> families, TemuanTally tally) {
        section(JUDUL_PER_DESA);
        String[] headers = new String[families.size() + 2];
        headers[0] = "Desa";
        for (int i = 0; i < families.size(); i++) {
            headers[i + 1] = families.get(i).sheetName();
        }
        headers[headers.length - 1] = JUMLAH;
        header(headers);
        for (Map.Entry<String, Map<RuleFamily, Long>> desa : tally.perDesa().entrySet()) {
            Row r = row();
            cells.text(r, 0, desa.getKey(), widths);
            long sum = 0;
            for (int i = 0; i < families.size(); i++) {
                long n = desa.getValue().getOrDefault(families.get(i), 0L);
                sum += n;
                cells.number(r, i + 1, n, styles.integer, widths);
            }
            cells.number(r, families.size() + 1, sum, styles.integer, widths);
        }
        Row total = row();
        cells.styled(total, 0, JUMLAH, styles.totalLabel, widths);
        for (int i = 0; i < families.size(); i++) {
            cells.number(total, i + 1, tally.of(families.get(i)), styles.totalInteger, widths);
        }
        cells.number(total, families.size() + 1, tally.total(), styles.totalInteger, widths);
    }

    private void konkordansi(List<KonkordansiRow> rows) {
        section(JUDUL_KONKORDANSI);
        header("Indikator", "Setuju", "Dibandingkan", "Kesesuaian (%)");
        if (rows.isEmpty()) {
            cells.text(row(), 0, "Tidak ada data kesesuaian.", null);
            return;
        }
        for (KonkordansiRow k : rows) {
            Row r = row();
            cells.text(r, 0, k.indikator(), widths);
            cells.number(r, 1, k.setuju(), styles.integer, widths);
            cells.number(r, 2, k.total(), styles.integer, widths);
            if (k.persen() != null) {
                r.createCell(3).setCellValue(k.persen());
                r.getCell(3).setCellStyle(styles.percent);
            }
        }
    }

    private void selesai(List<TemuanRow> rows) {
        section(JUDUL_SELESAI);
        header("ID Temuan", "Kode Aturan", "NIK", "Pertama Terlihat", "Tindak Lanjut", "Nama", "Desa", "Catatan");
        if (rows.isEmpty()) {
            cells.text(row(), 0, "Tidak ada temuan yang selesai sejak proses sebelumnya.", null);
            return;
        }
        for (TemuanRow item : rows) {
            Temuan t = item.temuan();
            Row r = row();
            cells.kode(r, 0, t.idTemuan(), widths);
            cells.text(r, 1, t.kodeAturan().code(), widths);
            cells.kode(r, 2, t.nik(), widths);
            cells.date(r, 3, item.pertamaTerlihat(), widths);
            cells.text(r, 4, item.tindakLanjut(), widths);
            cells.text(r, 5, t.nama(), widths);
            cells.text(r, 6, t.desa(), widths);
            cells.text(r, 7, item.catatan(), widths);
        }
    }

    /**
     * A bar chart of findings per desa, drawn on the XSSF sheet behind the streamed one: SXSSF
     * streams only the rows and writes the rest of the sheet (drawing relation included) from that
     * template. Its data are literal caches plus references to the per-desa table, so Excel and
     * LibreOffice draw it without recalculating.
     */
    static int chartHeight(int desaCount) {
        return Math.min(40, Math.max(14, desaCount + 6));
    }

    private void chart(TemuanTally tally, int desaTableRow, int familyCount, int anchorRow, int height) {
        Map<String, Map<RuleFamily, Long>> perDesa = tally.perDesa();
        String[] names = perDesa.keySet().toArray(String[]::new);
        Long[] counts = new Long[names.length];
        for (int i = 0; i < names.length; i++) {
            counts[i] = perDesa.get(names[i]).values().stream().mapToLong(Long::longValue).sum();
        }
        // table: section title, header, then one row per desa
        int firstDataRow = desaTableRow + 2;
        int lastDataRow = firstDataRow + names.length - 1;
        String sheetRef = "'" + NAME + "'!";
        String categories = sheetRef + new CellReference(firstDataRow, 0, true, true).formatAsString() + ":"
                + new CellReference(lastDataRow, 0, true, true).formatAsString();
        String values = sheetRef + new CellReference(firstDataRow, familyCount + 1, true, true).formatAsString()
                + ":" + new CellReference(lastDataRow, familyCount + 1, true, true).formatAsString();

        XSSFDrawing drawing = template.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0,
                0, anchorRow, familyCount + 2, anchorRow + height);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(CHART_TITLE);
        chart.setTitleOverlay(false);
        XDDFCategoryAxis desaAxis = chart.createCategoryAxis(AxisPosition.LEFT);
        XDDFValueAxis countAxis = chart.createValueAxis(AxisPosition.BOTTOM);
        countAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        // a bar chart whose axis does not start at zero exaggerates small differences
        countAxis.setMinimum(0);
        // first desa at the top, as in the table
        desaAxis.setOrientation(AxisOrientation.MAX_MIN);
        countAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
        XDDFDataSource<String> desa = XDDFDataSourcesFactory.fromArray(names, categories);
        XDDFNumericalDataSource<Long> jumlah = XDDFDataSourcesFactory.fromArray(counts, values);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, desaAxis, countAxis);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        XDDFChartData.Series series = data.addSeries(desa, jumlah);
        series.setTitle(JUMLAH + " temuan", null);
        // without an explicit fill LibreOffice draws the bars invisible
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.STEEL_BLUE)));
        data.setGapWidth(60);
        chart.plot(data);
    }

    private void section(String text) {
        cells.styled(row(), 0, text, styles.section, null);
    }

    private void header(String... headers) {
        Row r = row();
        for (int i = 0; i < headers.length; i++) {
            if (headers[i].isEmpty()) {
                r.createCell(i).setCellStyle(styles.header);
            }
            cells.styled(r, i, headers[i], styles.header, widths);
        }
    }

    private Row row() {
        return sheet.createRow(next++);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
