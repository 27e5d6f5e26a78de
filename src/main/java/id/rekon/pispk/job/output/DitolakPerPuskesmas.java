package id.rekon.pispk.job.output;

import id.rekon.pispk.model.Puskesmas;
import id.rekon.pispk.model.Ditolak;
import id.rekon.pispk.region.RegionMaster;
import id.rekon.pispk.source.OpenedSource;
import id.rekon.pispk.source.SourceColumn;
import id.rekon.pispk.source.SourceFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Tonight's rejected rows made readable for the people who can fix them: each row's values named by
 * its file's header (read again from the input file, which is still where the run found it), and
 * each row given to the puskesmas its own puskesmas column names (a code, a PCare PPK code or a
 * name, through the region master), so that puskesmas's workbook lists it. A file that cannot be
 * opened again, or has no puskesmas column (PIS-PK members), leaves its rows unnamed or unowned:
 * they are still in {@code ditolak/}.
 */
final class DitolakPerPuskesmas {

    private static final Logger log = LoggerFactory.getLogger(DitolakPerPuskesmas.class);

    private final List<Ditolak> semua = new ArrayList<>();
    private final Map<String, List<Ditolak>> perPuskesmas = new TreeMap<>();

    /**
     * @param rows    tonight's rejected rows, in file then row order
     * @param folders where the input files may be, first match wins (the run's inbox, its archive)
     */
    DitolakPerPuskesmas(List<Ditolak> rows, List<Path> folders, RegionMaster master) {
        Map<String, Header> headers = new HashMap<>();
        for (Ditolak d : rows) {
            Header h = headers.computeIfAbsent(d.file(), f -> header(f, folders));
            Ditolak named = h.kolom().isEmpty() ? d : d.withKolom(h.kolom());
            semua.add(named);
            if (h.puskesmasColumn() >= 0) {
                String[] values = d.isi().split(" \\| ", -1);
                if (values.length <= h.kolom().size() && h.puskesmasColumn() < values.length) {
                    owner(values[h.puskesmasColumn()].trim(), master)
                            .ifPresent(p -> perPuskesmas.computeIfAbsent(p.kode(), k -> new ArrayList<>()).add(named));
                }
            }
        }
    }

    /** Every rejected row, named by column where the header is known. */
    List<Ditolak> semua() {
        return semua;
    }

    /** The rejected rows whose puskesmas column names {@code kode}. */
    List<Ditolak> of(String kode) {
        return perPuskesmas.getOrDefault(kode, List.of());
    }

    private record Header(List<String> kolom, int puskesmasColumn) {
    }

    private static Header header(String fileName, List<Path> folders) {
        for (Path folder : folders) {
            Path file = folder == null ? null : folder.resolve(fileName);
            if (file == null || !Files.isRegularFile(file)) {
                continue;
            }
            try (OpenedSource source = SourceFiles.open(file)) {
                int column = -1;
                for (Map.Entry<SourceColumn, Integer> c : source.columns().entrySet()) {
                    String name = c.getKey() instanceof Enum<?> e ? e.name() : "";
                    // a code outranks a name: KODE_PUSKESMAS / KODE_PPK before PUSKESMAS / NAMA_PUSKESMAS
                    if (name.startsWith("KODE_PUSKESMAS") || name.equals("KODE_PPK")) {
                        column = c.getValue();
                        break;
                    }
                    if (name.contains("PUSKESMAS") || name.equals("NAMA_PPK")) {
                        column = c.getValue();
                    }
                }
                return new Header(source.headers(), column);
            } catch (RuntimeException e) {
                log.warn("Header {} tidak dapat dibaca lagi untuk laporan baris ditolak ({})", fileName,
                        e.getClass().getSimpleName());
            }
        }
        return new Header(List.of(), -1);
    }

    private static Optional<Puskesmas> owner(String value, RegionMaster master) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<Puskesmas> p = master.byKode(value);
        if (p.isEmpty()) {
            p = master.byKodePpk(value);
        }
        if (p.isEmpty()) {
            p = master.byNama(value);
        }
        if (p.isEmpty() && value.toUpperCase(Locale.ROOT).startsWith("PUSKESMAS ")) {
            p = master.byNama(value.substring("PUSKESMAS ".length()));
        }
        return p;
    }
}
