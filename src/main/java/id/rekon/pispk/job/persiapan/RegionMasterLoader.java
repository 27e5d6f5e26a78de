package id.rekon.pispk.job.persiapan;

import id.rekon.pispk.job.launch.JobDefinitionException;
import id.rekon.pispk.model.Ditolak;
import id.rekon.pispk.model.SourceKind;
import id.rekon.pispk.normalise.MapResult;
import id.rekon.pispk.region.RegionMaster;
import id.rekon.pispk.region.WilayahKerja;
import id.rekon.pispk.source.MappedRow;
import id.rekon.pispk.source.OpenedSource;
import id.rekon.pispk.source.SourceFiles;
import id.rekon.pispk.source.region.WilayahKerjaRowMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the region master (wilayah kerja) with the same readers as any export, and keeps the last
 * one loaded: every step of a run needs it, and it changes rarely.
 */
public class RegionMasterLoader {

    private static final Logger log = LoggerFactory.getLogger(RegionMasterLoader.class);

    /** The master, how many rows built it, and the rows of it that could not be read. */
    public record Loaded(RegionMaster master, int rows, List<Ditolak> rejects) {
    }

    private Path cachedPath;
    private FileTime cachedTime;
    private Loaded cached;

    public synchronized Loaded load(Path file) {
        FileTime time = modified(file);
        if (file.equals(cachedPath) && time.equals(cachedTime)) {
            return cached;
        }
        WilayahKerjaRowMapper mapper = new WilayahKerjaRowMapper();
        List<WilayahKerja> rows = new ArrayList<>();
        List<Ditolak> rejects = new ArrayList<>();
        try (OpenedSource source = SourceFiles.open(file)) {
            if (source.error().isPresent()) {
                throw new JobDefinitionException("Master wilayah kerja " + file + " tidak dapat dipakai: "
                        + source.error().get());
            }
            if (source.kind() != SourceKind.REGION_MASTER) {
                throw new JobDefinitionException("Berkas " + file + " bukan master wilayah kerja (terbaca sebagai "
                        + source.kind().code() + "). Kolom yang diharapkan: Kode Puskesmas, Nama Puskesmas, "
                        + "Alias Nama, Kode PPK BPJS, Kode Kecamatan, Kecamatan, Kode Desa, Desa.");
            }
            for (MappedRow row = source.next(); row != null; row = source.next()) {
                MapResult<WilayahKerja> r = mapper.map(row);
                if (r.isOk()) {
                    rows.add(r.value());
                } else {
                    rejects.add(new Ditolak(row.file(), row.rowNumber(), r.reason(), row.row().rawText()));
                }
            }
        } catch (JobDefinitionException e) {
            throw e;
        } catch (Exception e) {
            throw new JobDefinitionException("Master wilayah kerja " + file + " tidak dapat dibaca: " + e.getMessage());
        }
        if (rows.isEmpty()) {
            throw new JobDefinitionException("Master wilayah kerja " + file + " tidak berisi satu baris pun yang sah.");
        }
        RegionMaster master = new RegionMaster(rows);
        log.info("Master wilayah kerja {}: {} puskesmas, {} desa, {} baris ditolak", file.getFileName(),
                master.all().size(), rows.size(), rejects.size());
        cachedPath = file;
        cachedTime = time;
        cached = new Loaded(master, rows.size(), List.copyOf(rejects));
        return cached;
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Master wilayah kerja tidak ditemukan: " + file, e);
        }
    }
}
