package id.rekon.pispk.output;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@link DitolakWriter} wrote.
 *
 * @param folder    the {@code ditolak/} folder
 * @param perBerkas for each input file with rejected rows (in order of first reject), the CSV written
 * @param baris     rejected rows written, all files together
 * @param berkas    file-level errors written to {@code berkas.csv} (0: no such file written)
 */
public record DitolakResult(Path folder, Map<String, Path> perBerkas, long baris, long berkas) {

    public DitolakResult {
        perBerkas = Collections.unmodifiableMap(new LinkedHashMap<>(perBerkas));
    }
}
