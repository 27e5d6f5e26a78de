package id.rekon.pispk.job.ingest;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * The read step's reader: each row of the inbox ({@link InboxItemReader}) is mapped
 * ({@link IngestMapper}) the moment it has been read, instead of by a processor once the
 * whole chunk has been read.
 *
 * <p>Why: a chunk is thousands of rows. By the time a processor came back to a row, its cells had
 * left the CPU's caches and survived a young collection or two, and mapping them again cost
 * more than reading them. Mapping right away was 12-20 % faster for reading and mapping e-PPGBM
 * files on two threads (docs/performance.md); what the chunk then holds until it is written is the
 * mapped records, not the rows' cells.
 */
public class IngestReader implements ItemStreamReader<IngestResult> {

    private final InboxItemReader rows;
    private final IngestMapper mapper;

    public IngestReader(InboxItemReader rows, IngestMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    public IngestResult read() {
        IngestItem item = rows.read();
        return item == null ? null : mapper.map(item);
    }

    @Override
    public void open(ExecutionContext executionContext) {
        rows.open(executionContext);
    }

    @Override
    public void update(ExecutionContext executionContext) {
        rows.update(executionContext);
    }

    @Override
    public void close() {
        rows.close();
    }
}
