package id.rekon.pispk.job.rules;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadAheadTest {

    @Test
    void handsOverEveryItemInOrderThenNullAndClosesTheSource() {
        Iterator<Integer> source = IntStream.range(0, 10_000).boxed().iterator();
        AtomicBoolean closed = new AtomicBoolean();
        List<Integer> got = new ArrayList<>();
        try (ReadAhead<Integer> ahead = new ReadAhead<>("uji", 16, () -> source.hasNext() ? source.next() : null,
                () -> closed.set(true))) {
            for (Integer i = ahead.next(); i != null; i = ahead.next()) {
                got.add(i);
            }
            assertThat(ahead.next()).isNull();
        }
        assertThat(got).hasSize(10_000).isSorted();
        assertThat(closed).isTrue();
    }

    @Test
    void aFailureOfTheSourceReachesTheConsumerAtItsPlace() {
        int[] n = {0};
        try (ReadAhead<Integer> ahead = new ReadAhead<>("uji", 4, () -> {
            if (n[0] == 3) {
                throw new IllegalStateException("rusak");
            }
            return n[0]++;
        }, () -> { })) {
            assertThat(ahead.next()).isZero();
            assertThat(ahead.next()).isEqualTo(1);
            assertThat(ahead.next()).isEqualTo(2);
            assertThatThrownBy(ahead::next).hasMessage("rusak");
        }
    }

    @Test
    void closingEarlyStopsTheThreadAndClosesTheSource() {
        AtomicBoolean closed = new AtomicBoolean();
        ReadAhead<Integer> ahead = new ReadAhead<>("uji", 2, () -> 1, () -> closed.set(true));
        assertThat(ahead.next()).isEqualTo(1);
        ahead.close();
        assertThat(closed).isTrue();
    }
}
