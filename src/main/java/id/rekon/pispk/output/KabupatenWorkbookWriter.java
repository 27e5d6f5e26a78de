package id.rekon.pispk.output;

import id.rekon.pispk.model.Puskesmas;
import id.rekon.pispk.model.TanggalTeks;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes {@code kabupaten.xlsx}, the district operator's view of a run, with XSSF (one row per
 * puskesmas or per night: small, and charts need the whole sheet anyway). Sheets:
 * <ol>
 *   <li>{@value #PERINGKAT}: puskesmas ranked by open findings (most first), with new ones, those
 *       already given a follow-up and that share; a bar chart of open findings;</li>
 *   <li>{@value #KESESUAIAN}: concordance per indicator and puskesmas, the district's line last;
 *       a bar chart of the district's share per indicator;</li>
 *   <li>{@value #TREN}: findings per night over the last runs, district total and per puskesmas;
 *       a line chart.</li>
 * </ol>
 * Counts are values, not formulas; charts carry literal caches, so LibreOffice and Excel draw them
 * without recalculating. Every sheet prints landscape, one page wide. Atomic ({@link AtomicFile}).
 * Stateless, thread safe.
 */
public final class KabupatenWorkbookWriter {

    public static final String FILE_NAME = "kabupaten.xlsx";
    static final String PERINGKAT = "Peringkat";
    static final String KESESUAIAN = "Kesesuaian";
    static final String TREN = "Tren";
    static final String[] HEADER_PERINGKAT = {"Peringkat", "Kode Puskesmas", "Nama Puskesmas", "Temuan Terbuka",
        "Baru", "Sudah Ditindaklanjuti", "Tindak Lanjut (%)"};
    /** Rows above each table: title, job and date, an empty row. */
    static final int TABLE_ROW = 3;

    public void write(Kabupaten data, Path target) throws IOException {
        try (AtomicFile file = AtomicFile.begin(target); XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellWriter cells = new CellWriter(new WorkbookStyles(workbook));
            peringkat(workbook.createSheet(PERINGKAT), data, cells);
            kesesuaian(workbook.createSheet(KESESUAIAN), data, cells);
            tren(workbook.createSheet(TREN), data, cells);
            workbook.setActiveSheet(0);
            workbook.write(file.output());
            file.commit();
        }
    }

    private static void title(Sheet sheet, String text, Kabupaten data, CellWriter cells) {
        cells.styled(sheet.createRow(0), 0, text, cells.styles().title, null);
        Row r = sheet.createRow(1);
        cells.styled(r, 0, "Job " + nullToEmpty(data.namaJob()) + ", tanggal proses", cells.styles().label, null);
        cells.date(r, 2, data.tanggalProses(), null);
    }

    private static void peringkat(XSSFSheet sheet, Kabupaten data, CellWriter cells) {
        title(sheet, "Peringkat puskesmas menurut temuan terbuka", data, cells);
        List<Puskesmas> ranked = new ArrayList<>(data.puskesmas());
        ranked.sort(Comparator.comparingLong((Puskesmas p) -> -data.angka().of(p.kode()).terbuka())
                .thenComparing(Puskesmas::kode));
        ColumnWidths widths = new ColumnWidths(HEADER_PERINGKAT.length, 40);
        header(sheet, TABLE_ROW, HEADER_PERINGKAT, cells, widths);
        int r = TABLE_ROW + 1;
        long terbuka = 0;
        long ditindaklanjuti = 0;
        for (int i = 0; i < ranked.size(); i++) {
            Puskesmas p = ranked.get(i);
            KabupatenTally.Angka a = data.angka().of(p.kode());
            Row row = sheet.createRow(r++);
            cells.number(row, 0, i + 1, cells.styles().integer, widths);
            cells.kode(row, 1, p.kode(), widths);
            cells.text(row, 2, p.nama(), widths);
            cells.number(row, 3, a.terbuka(), cells.styles().integer, widths);
            cells.number(row, 4, a.baru(), cells.styles().integer, widths);
            cells.number(row, 5, a.ditindaklanjuti(), cells.styles().integer, widths);
            share(row, 6, a.ditindaklanjuti(), a.terbuka(), cells);
            terbuka += a.terbuka();
            ditindaklanjuti += a.ditindaklanjuti();
        }
        Row total = sheet.createRow(r);
        cells.styled(total, 2, "Kabupaten", cells.styles().totalLabel, widths);
        cells.number(total, 3, terbuka, cells.styles().totalInteger, widths);
        cells.number(total, 5, ditindaklanjuti, cells.styles().totalInteger, widths);
        share(total, 6, ditindaklanjuti, terbuka, cells);
        widths.note(6, 10);
        widths.applyTo(sheet);
        if (!ranked.isEmpty()) {
            String[] names = ranked.stream().map(Puskesmas::nama).toArray(String[]::new);
            Long[] values = ranked.stream().map(p -> data.angka().of(p.kode()).terbuka()).toArray(Long[]::new);
            bar(sheet, "Temuan terbuka per puskesmas", names, values, column(sheet, TABLE_ROW + 1, 2, names.length),
                    column(sheet, TABLE_ROW + 1, 3, names.length), r + 2, HEADER_PERINGKAT.length);
        }
        PrintLayout.apply(sheet, true, "Kabupaten: " + nullToEmpty(data.namaJob()), data.tanggalProses(), 0, -1, 0);
    }

    private static void kesesuaian(XSSFSheet sheet, Kabupaten data, CellWriter cells) {
        title(sheet, "Kesesuaian PIS-PK dengan program per indikator (%)", data, cells);
        List<String> indikator = new ArrayList<>(new TreeSet<>(data.konkordansi().stream()
                .map(KonkordansiRow::indikator).toList()));
        String[] headers = new String[indikator.size() + 2];
        headers[0] = "Kode Puskesmas";
        headers[1] = "Nama Puskesmas";
        for (int i = 0; i < indikator.size(); i++) {
            headers[i + 2] = indikator.get(i);
        }
        ColumnWidths widths = new ColumnWidths(headers.length, 24);
        header(sheet, TABLE_ROW, headers, cells, widths);
        Map<String, long[]> kabupaten = new LinkedHashMap<>();
        indikator.forEach(i -> kabupaten.put(i, new long[2]));
        int r = TABLE_ROW + 1;
        for (Puskesmas p : data.puskesmas()) {
            Row row = sheet.createRow(r++);
            cells.kode(row, 0, p.kode(), widths);
            cells.text(row, 1, p.nama(), widths);
            for (KonkordansiRow k : data.konkordansi()) {
                if (k.kodePuskesmas().trim().equals(p.kode().trim())) {
                    share(row, 2 + indikator.indexOf(k.indikator()), k.setuju(), k.total(), cells);
                    long[] sum = kabupaten.get(k.indikator());
                    sum[0] += k.setuju();
                    sum[1] += k.total();
                }
            }
        }
        Row total = sheet.createRow(r);
        cells.styled(total, 1, "Kabupaten", cells.styles().totalLabel, widths);
        Double[] shares = new Double[indikator.size()];
        for (int i = 0; i < indikator.size(); i++) {
            long[] sum = kabupaten.get(indikator.get(i));
            share(total, 2 + i, sum[0], sum[1], cells);
            shares[i] = sum[1] == 0 ? 0.0 : (double) sum[0] / sum[1];
        }
        widths.applyTo(sheet);
        if (!indikator.isEmpty()) {
            String categories = range(sheet, TABLE_ROW, 2, TABLE_ROW, 1 + indikator.size());
            String values = range(sheet, r, 2, r, 1 + indikator.size());
            bar(sheet, "Kesesuaian kabupaten per indikator", indikator.toArray(String[]::new), shares, categories,
                    values, r + 2, Math.max(headers.length, 8));
        }
        PrintLayout.apply(sheet, true, "Kabupaten: " + nullToEmpty(data.namaJob()), data.tanggalProses(), 0, -1, 0);
    }

    private static void tren(XSSFSheet sheet, Kabupaten data, CellWriter cells) {
        title(sheet, "Tren jumlah temuan pada proses-proses terakhir", data, cells);
        List<Puskesmas> puskesmas = data.puskesmas();
        String[] headers = new String[puskesmas.size() + 2];
        headers[0] = "Tanggal Proses";
        headers[1] = "Kabupaten";
        for (int i = 0; i < puskesmas.size(); i++) {
            headers[i + 2] = puskesmas.get(i).nama();
        }
        ColumnWidths widths = new ColumnWidths(headers.length, 24);
        header(sheet, TABLE_ROW, headers, cells, widths);
        int r = TABLE_ROW + 1;
        for (Kabupaten.TrenMalam malam : data.tren()) {
            Row row = sheet.createRow(r++);
            cells.date(row, 0, malam.tanggal(), widths);
            cells.number(row, 1, malam.jumlah(), cells.styles().integer, widths);
            for (int i = 0; i < puskesmas.size(); i++) {
                cells.number(row, 2 + i, malam.perPuskesmas().getOrDefault(puskesmas.get(i).kode(), 0L),
                        cells.styles().integer, widths);
            }
        }
        widths.applyTo(sheet);
        if (!data.tren().isEmpty()) {
            line(sheet, data, TABLE_ROW + 1, r + 1, Math.max(headers.length, 10));
        }
        PrintLayout.apply(sheet, true, "Kabupaten: " + nullToEmpty(data.namaJob()), data.tanggalProses(), 0, -1, 0);
    }

    private static void line(XSSFSheet sheet, Kabupaten data, int firstRow, int anchorRow, int width) {
        int n = data.tren().size();
        String[] dates = data.tren().stream().map(t -> TanggalTeks.of(t.tanggal()))
                .toArray(String[]::new);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, anchorRow, width, anchorRow + 20));
        chart.setTitleText("Jumlah temuan per malam");
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setMinimum(0);
        XDDFLineChartData lines = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
        var categories = XDDFDataSourcesFactory.fromArray(dates, column(sheet, firstRow, 0, n));
        // the district line, then at most eight puskesmas (more lines are unreadable)
        int series = Math.min(data.puskesmas().size(), 8) + 1;
        for (int s = 0; s < series; s++) {
            Long[] values = new Long[n];
            for (int i = 0; i < n; i++) {
                Kabupaten.TrenMalam malam = data.tren().get(i);
                values[i] = s == 0 ? malam.jumlah()
                        : malam.perPuskesmas().getOrDefault(data.puskesmas().get(s - 1).kode(), 0L);
            }
            XDDFLineChartData.Series line = (XDDFLineChartData.Series) lines.addSeries(categories,
                    XDDFDataSourcesFactory.fromArray(values, column(sheet, firstRow, 1 + s, n)));
            line.setTitle(s == 0 ? "Kabupaten" : data.puskesmas().get(s - 1).nama(), null);
            line.setMarkerStyle(MarkerStyle.CIRCLE);
            line.setSmooth(false);
        }
        chart.plot(lines);
    }

    private static <T extends Number> void bar(XSSFSheet sheet, String title, String[] names, T[] values,
                                               String categories, String valueRange, int anchorRow, int width) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int height = Math.min(30, Math.max(14, names.length + 6));
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, anchorRow, width,
                anchorRow + height));
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setMinimum(0);
        y.setCrossBetween(AxisCrossBetween.BETWEEN);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        XDDFChartData.Series series = data.addSeries(XDDFDataSourcesFactory.fromArray(names, categories),
                XDDFDataSourcesFactory.fromArray(values, valueRange));
        series.setTitle(title, null);
        // without an explicit fill LibreOffice draws the bars invisible
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.STEEL_BLUE)));
        chart.plot(data);
    }

    private static void header(Sheet sheet, int rowIndex, String[] headers, CellWriter cells, ColumnWidths widths) {
        Row row = sheet.createRow(rowIndex);
        for (int i = 0; i < headers.length; i++) {
            cells.styled(row, i, headers[i], cells.styles().header, widths);
        }
        sheet.createFreezePane(0, rowIndex + 1);
    }

    /** A share as a percent cell; blank when nothing was counted (0 of 0 is no agreement). */
    private static void share(Row row, int column, long part, long whole, CellWriter cells) {
        if (whole > 0) {
            cells.number(row, column, (double) part / whole, cells.styles().percent, null);
        }
    }

    private static String column(Sheet sheet, int firstRow, int column, int count) {
        return range(sheet, firstRow, column, firstRow + Math.max(count, 1) - 1, column);
    }

    private static String range(Sheet sheet, int r1, int c1, int r2, int c2) {
        return "'" + sheet.getSheetName() + "'!" + new CellReference(r1, c1, true, true).formatAsString() + ":"
                + new CellReference(r2, c2, true, true).formatAsString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
