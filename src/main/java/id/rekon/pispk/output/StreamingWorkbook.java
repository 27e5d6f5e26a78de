package id.rekon.pispk.output;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The streaming workbook every output is written with: rows past the window go to gzip'd temporary
 * files, and the workbook itself is zipped, both at the fastest level.
 *
 * <p>POI's own compressed temporary files use the default level, and at 300,000 families that
 * compression alone was about 29 % of the step writing the outputs (JFR, docs/performance.md), for
 * files deleted a second later. They stay compressed because they hold the same personal data as the
 * workbook and a province's sheets would otherwise fill the temp folder several times over. Zipping
 * the workbooks at the default level was then a fifth of the step; at the fastest level the files are
 * somewhat larger (docs/performance.md gives the sizes) and open the same in Excel.
 */
final class StreamingWorkbook extends SXSSFWorkbook {

    StreamingWorkbook(int rowWindow) {
        super(rowWindow);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new GZIPSheetDataWriter() {
            @Override
            protected OutputStream decorateOutputStream(FileOutputStream fos) throws IOException {
                return new FastGzip(fos);
            }
        };
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }

    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, 64 * 1024);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
