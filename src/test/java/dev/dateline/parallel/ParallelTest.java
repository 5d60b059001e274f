package dev.dateline.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ParallelTest {

    @Test
    void mapsEveryItemOnceAndKeepsTheirOrder() {
        List<Integer> items = IntStream.range(0, 10_000).boxed().toList();
        AtomicIntegerArray runs = new AtomicIntegerArray(items.size());
        List<String> results = Parallel.map(items, i -> {
            runs.incrementAndGet(i);
            return "#" + i;
        });
        assertThat(results).hasSize(items.size()).startsWith("#0", "#1").endsWith("#9999");
        assertThat(results).isEqualTo(items.stream().map(i -> "#" + i).toList());
        assertThat(IntStream.range(0, runs.length()).map(runs::get).allMatch(n -> n == 1)).isTrue();
    }

    @Test
    void anEmptyListGivesAnEmptyList() {
        assertThat(Parallel.map(List.<Integer>of(), i -> i)).isEmpty();
    }

    @Test
    void theFirstFailureIsRethrownAsItWas() {
        IllegalStateException boom = new IllegalStateException("page 7 failed");
        assertThatThrownBy(() -> Parallel.forEachIndex(100, i -> {
            if (i == 7) {
                throw boom;
            }
        })).isSameAs(boom);
    }

    @Test
    @Timeout(20)
    void aCallInsideAnotherFinishes() {
        List<Integer> outer = IntStream.range(0, 200).boxed().toList();
        List<Integer> sums = Parallel.map(outer, i -> Parallel.map(IntStream.range(0, 50).boxed().toList(), j -> i + j)
                .stream().mapToInt(Integer::intValue).sum());
        assertThat(sums).isEqualTo(outer.stream().map(i -> 50 * i + 49 * 50 / 2).toList());
    }

    @Test
    @Timeout(20)
    void aThreadDoneWithItsOwnItemsTakesItemsOfACallInsideAnother() {
        Set<Thread> ranNested = ConcurrentHashMap.newKeySet();
        Thread caller = Thread.currentThread();
        // whichever thread takes the long task, the caller ends up working on its nested items:
        // by itself, or, after the quick task, while it waits for the other thread
        Parallel.run(() -> { }, () -> Parallel.forEachIndex(200, i -> {
            ranNested.add(Thread.currentThread());
            sleep(1);
        }));
        assertThat(ranNested).contains(caller);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
