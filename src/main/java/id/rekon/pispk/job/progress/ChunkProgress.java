package id.rekon.pispk.job.progress;

import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.infrastructure.item.Chunk;

/** Tells a {@link StepProgress} after each chunk of a chunk-oriented step: the unit of such a step. */
public final class ChunkProgress implements ChunkListener<Object, Object> {

    private final String step;
    private final StepProgress progress;

    public ChunkProgress(String step, StepProgress progress) {
        this.step = step;
        this.progress = progress;
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        progress.unitDone(step);
    }
}
