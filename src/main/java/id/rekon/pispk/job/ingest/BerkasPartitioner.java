package id.rekon.pispk.job.ingest;

import id.rekon.pispk.model.SourceKind;
import id.rekon.pispk.store.InputFile;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One partition of the read step per input file, so both cores read: each partition reads, maps and
 * stores one file with its own reader and writer. The partition's number is the file's place in
 * name order; tonight's store orders records by it, so the outcome never depends on which thread
 * finished first. The region master was read by the preparation step and is left out.
 */
public class BerkasPartitioner implements Partitioner {

    /** Partition context keys. */
    public static final String FILE = "berkas.nama";
    public static final String PART = "berkas.bagian";

    private final Path inbox;
    private final List<InputFile> files;

    public BerkasPartitioner(Path inbox, List<InputFile> files) {
        this.inbox = inbox;
        this.files = files;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        int part = 0;
        for (InputFile f : files) {
            part++;
            if (SourceKind.REGION_MASTER.code().equals(f.kind()) || !Files.isRegularFile(inbox.resolve(f.fileName()))) {
                continue;
            }
            ExecutionContext context = new ExecutionContext();
            context.putString(FILE, f.fileName());
            context.putInt(PART, part);
            partitions.put(String.format("berkas-%04d", part), context);
        }
        return partitions;
    }
}
