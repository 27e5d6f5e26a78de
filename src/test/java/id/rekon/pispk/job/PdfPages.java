package id.rekon.pispk.job;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A workbook printed as LibreOffice prints it: {@code soffice --headless --convert-to pdf}, then the
 * pages and their orientation read from the PDF's page dictionaries (LibreOffice writes them
 * uncompressed, each with its {@code /MediaBox}), so no PDF library is needed.
 */
public final class PdfPages {

    private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])");
    private static final Pattern MEDIA_BOX =
            Pattern.compile("/MediaBox\\s*\\[\\s*([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s*\\]");

    /** Orientation of each page, in order: {@code true} for landscape. */
    final List<Boolean> landscape;

    private PdfPages(List<Boolean> landscape) {
        this.landscape = landscape;
    }

    int count() {
        return landscape.size();
    }

    /** {@code soffice} on the PATH, or {@code null}. */
    public static String soffice() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String d : path.split(File.pathSeparator)) {
            Path candidate = Path.of(d, "soffice");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    /** Converts {@code workbook} to PDF in {@code work} and reads its pages. */
    static PdfPages print(Path workbook, Path work) throws IOException, InterruptedException {
        Path out = Files.createDirectories(work.resolve("pdf"));
        Path log = work.resolve("soffice.log");
        Process process = new ProcessBuilder(soffice(), "-env:UserInstallation=" + work.resolve("lo-profile").toUri(),
                "--headless", "--norestore", "--convert-to", "pdf", "--outdir", out.toString(), workbook.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("soffice tidak selesai dalam 180 detik");
        }
        assertThat(process.exitValue()).as(Files.readString(log)).isZero();
        String name = workbook.getFileName().toString();
        Path pdf = out.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
        return read(Files.readAllBytes(pdf));
    }

    static PdfPages read(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        List<Boolean> pages = new ArrayList<>();
        Matcher page = PAGE.matcher(text);
        while (page.find()) {
            // the page's own dictionary: from the object start before it to the next "endobj"
            int start = text.lastIndexOf(" obj", page.start());
            int end = text.indexOf("endobj", page.end());
            Matcher box = MEDIA_BOX.matcher(text.substring(Math.max(start, 0), end < 0 ? text.length() : end));
            if (box.find()) {
                double w = Double.parseDouble(box.group(3)) - Double.parseDouble(box.group(1));
                double h = Double.parseDouble(box.group(4)) - Double.parseDouble(box.group(2));
                pages.add(w > h);
            } else {
                pages.add(null);
            }
        }
        return new PdfPages(pages);
    }
}
