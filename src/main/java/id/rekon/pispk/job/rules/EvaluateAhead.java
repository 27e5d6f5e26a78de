package id.rekon.pispk.job.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Applies a function to a source's items on a small pool of threads and hands the results over in
 * the source's order. The rules step was bound by one thread applying the rules while the second
 * core idled (JFR, 300,000 families); the cases are independent, so they can be evaluated side by side
 * as long as the consumer sees them, and so writes them, in the order it always did.
 *
 * <p>A {@link ReadAhead} thread pulls items from the source, groups them in batches of
 * {@code batchSize} (one task per case would cost more in hand-overs than a case costs to evaluate),
 * submits each batch to the pool and queues the batch's future; the consumer takes the futures in
 * queue order. At most {@code batchesAhead} batches wait in the queue, so memory stays bounded
 * whatever the pool's speed.
 *
 * <p>The source is touched by the read-ahead thread only; the function must be thread-safe. An
 * exception of the source or of the function reaches the consumer at the item where it happened,
 * after every result before it.
 */
final class EvaluateAhead<C, R> implements AutoCloseable {

    private final Function<C, R> function;
    private final int batchSize;
    private final ExecutorService pool;
    private final ReadAhead<Future<Batch<R>>> ahead;
    /** Touched by the read-ahead thread only. */
    private final Supplier<C> source;

    /** Read-ahead thread only: the source ended or failed while a batch was being filled. */
    private boolean sourceEnded;
    private RuntimeException sourceFailure;
    private Error sourceError;

    /** Consumer only: the batch being handed over and the position in it. */
    private Batch<R> current;
    private int index;

    /**
     * @param name        the read-ahead thread's name
     * @param poolName    the pool's threads are {@code poolName-1}, {@code poolName-2}, ...
     * @param threads     the pool's threads, at least one
     * @param closeSource called on the read-ahead thread once it stops (at the end, on a failure or on close)
     */
    EvaluateAhead(String name, String poolName, int threads, int batchSize, int batchesAhead, Supplier<C> source,
            Function<C, R> function, Runnable closeSource) {
        if (threads < 1 || batchSize < 1) {
            throw new IllegalArgumentException("threads and batch size must be at least 1");
        }
        this.function = function;
        this.batchSize = batchSize;
        this.source = source;
        this.pool = Executors.newFixedThreadPool(threads, daemons(poolName));
        this.ahead = new ReadAhead<>(name, batchesAhead, this::nextBatch, closeSource);
    }

    /** The next result, in the source's order, or {@code null} at the end. */
    R next() {
        while (current == null || index == current.results().size()) {
            if (current != null && current.failure() != null) {
                Throwable failure = current.failure();
                current = null;
                throw rethrow(failure);
            }
            Future<Batch<R>> next = ahead.next();
            if (next == null) {
                current = null;
                return null;
            }
            current = await(next);
            index = 0;
        }
        return current.results().get(index++);
    }

    /** The next batch's future (read-ahead thread), or {@code null} when the source has no more. */
    private Future<Batch<R>> nextBatch() {
        if (sourceFailure != null) {
            throw sourceFailure;
        }
        if (sourceError != null) {
            throw sourceError;
        }
        List<C> items = new ArrayList<>(batchSize);
        try {
            while (!sourceEnded && items.size() < batchSize) {
                C item = source.get();
                if (item == null) {
                    sourceEnded = true;
                } else {
                    items.add(item);
                }
            }
        } catch (RuntimeException e) {
            // hand over the items read before the failure first, then the failure at its place
            if (items.isEmpty()) {
                throw e;
            }
            sourceFailure = e;
        } catch (Error e) {
            if (items.isEmpty()) {
                throw e;
            }
            sourceError = e;
        }
        return items.isEmpty() ? null : pool.submit(() -> apply(items));
    }

    /** One batch on a pool thread: each item in order, stopping at the first that fails. */
    private Batch<R> apply(List<C> items) {
        List<R> results = new ArrayList<>(items.size());
        try {
            for (C item : items) {
                results.add(function.apply(item));
            }
            return new Batch<>(results, null);
        } catch (RuntimeException | Error e) {
            return new Batch<>(results, e);
        }
    }

    private static <R> Batch<R> await(Future<Batch<R>> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Penilaian kasus terputus", e);
        } catch (ExecutionException e) {
            // apply catches what the function throws; this is the pool itself failing
            throw rethrow(e.getCause());
        }
    }

    private static RuntimeException rethrow(Throwable failure) {
        if (failure instanceof RuntimeException r) {
            throw r;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(failure);
    }

    /**
     * Stops the read-ahead thread (which closes the source), then the pool, and waits for both: a batch
     * being evaluated finishes (milliseconds), batches not yet started are dropped.
     */
    @Override
    public void close() {
        ahead.close();
        pool.shutdownNow();
        try {
            pool.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        current = null;
    }

    /** Whether every thread of the pool has ended (after {@link #close}). */
    boolean stopped() {
        return pool.isTerminated();
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** A batch's results, in order; {@code failure} is what the item after the last result threw. */
    private record Batch<R>(List<R> results, Throwable failure) {
    }
}
