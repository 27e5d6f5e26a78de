package id.rekon.pispk.job.rules;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvaluateAheadTest {

    /** Uneven work, so that batches finish out of order on the pool. */
    private static final Function<Integer, String> KERJA = i -> {
        long h = i;
        for (int k = 0; k < (i % 7) * 200; k++) {
            h = h * 31 + k;
        }
        return i + ":" + h;
    };

    @Test
    void handsOverEveryResultInTheSourcesOrderWhateverThePool() {
        List<String> expected = IntStream.range(0, 20_000).boxed().map(KERJA).toList();
        for (int threads : new int[] {1, 2, 4}) {
            for (int batch : new int[] {1, 7, 256}) {
                assertThat(all(threads, batch, 20_000, KERJA)).as("%d threads, batch %d", threads, batch)
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void aFailureOfTheFunctionReachesTheConsumerAtItsItemAfterEveryEarlierResult() {
        try (EvaluateAhead<Integer, Integer> ahead = new EvaluateAhead<>("uji", "uji-nilai", 4, 16, 2,
                source(1_000), i -> {
                    if (i == 500) {
                        throw new IllegalStateException("aturan rusak pada 500");
                    }
                    return i;
                }, () -> { })) {
            for (int i = 0; i < 500; i++) {
                assertThat(ahead.next()).isEqualTo(i);
            }
            assertThatThrownBy(ahead::next).isInstanceOf(IllegalStateException.class)
                    .hasMessage("aturan rusak pada 500");
        }
    }

    @Test
    void aFailureOfTheSourceReachesTheConsumerAfterTheItemsReadBeforeIt() {
        int[] n = {0};
        try (EvaluateAhead<Integer, Integer> ahead = new EvaluateAhead<>("uji", "uji-nilai", 2, 16, 2, () -> {
            if (n[0] == 40) {
                throw new IllegalStateException("rusak");
            }
            return n[0]++;
        }, i -> i * 2, () -> { })) {
            for (int i = 0; i < 40; i++) {
                assertThat(ahead.next()).isEqualTo(i * 2);
            }
            assertThatThrownBy(ahead::next).hasMessage("rusak");
        }
    }

    @Test
    void closingEarlyStopsThePoolAndTheReadAheadAndClosesTheSource() throws InterruptedException {
        AtomicBoolean closed = new AtomicBoolean();
        AtomicInteger evaluated = new AtomicInteger();
        // an endless source: only closing can stop it
        EvaluateAhead<Integer, Integer> ahead = new EvaluateAhead<>("uji-baca-tutup", "uji-nilai-tutup", 3, 8, 4,
                () -> 1, i -> evaluated.incrementAndGet(), () -> closed.set(true));
        assertThat(ahead.next()).isNotNull();
        ahead.close();
        assertThat(closed).isTrue();
        assertThat(ahead.stopped()).isTrue();
        // a pool reports terminated as its last thread leaves its loop, a moment before the thread ends
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("uji-nilai-tutup") || t.getName().equals("uji-baca-tutup")) {
                t.join(5_000);
                assertThat(t.isAlive()).as(t.getName()).isFalse();
            }
        }
        int after = evaluated.get();
        Thread.sleep(50);
        assertThat(evaluated.get()).isEqualTo(after);
    }

    @Test
    void anEmptySourceEndsAtOnce() {
        try (EvaluateAhead<Integer, Integer> ahead = new EvaluateAhead<>("uji", "uji-nilai", 2, 16, 2, () -> null,
                i -> i, () -> { })) {
            assertThat(ahead.next()).isNull();
            assertThat(ahead.next()).isNull();
        }
    }

    private static List<String> all(int threads, int batch, int n, Function<Integer, String> f) {
        AtomicBoolean closed = new AtomicBoolean();
        List<String> got = new ArrayList<>();
        try (EvaluateAhead<Integer, String> ahead = new EvaluateAhead<>("uji", "uji-nilai", threads, batch, 4,
                source(n), f, () -> closed.set(true))) {
            for (String s = ahead.next(); s != null; s = ahead.next()) {
                got.add(s);
            }
            assertThat(ahead.next()).isNull();
        }
        assertThat(closed).isTrue();
        return got;
    }

    private static java.util.function.Supplier<Integer> source(int n) {
        Iterator<Integer> it = IntStream.range(0, n).boxed().iterator();
        return () -> it.hasNext() ? it.next() : null;
    }
}
