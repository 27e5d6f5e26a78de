package id.rekon.pispk.output;

import java.nio.file.Path;
import java.util.Map;

/**
 * What {@link DitolakWriter} wrote.
 *
 * @param folder    the {@code ditolak/} folder
 * @param perBerkas for each input file with rejected rows, the CSV written for it
 * @param baris     rejected rows written, all files together
 * @param berkas    file-level errors written to {@code berkas.csv} (0: no such file written)
 */
public record DitolakResult(Path folder, Map<String, Path> perBerkas, long baris, long berkas) {

    public DitolakResult {
        perBerkas = Map.copyOf(perBerkas);
    }
}
