package dev.dateline.parallel;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * Work spread over all cores one item at a time: each core takes the next item as soon as it is
 * done with one. A parallel stream hands each core a long run of items at the start instead, and
 * a core that ends its run early then waits for the others; with thousands of pages of which
 * one (the timeline's) takes much longer, that left a core idle for a quarter of a build.
 *
 * <p>Calls nest (a page renders its list items in parallel while other pages are rendered), so
 * a thread that has taken every item of its own call and waits for others to finish theirs works
 * on the items of any other call in progress meanwhile: a core never waits while another works
 * alone through a nested call.
 */
public final class Parallel {
    /** The calls in progress, whose items a waiting thread takes. */
    private static final Set<Batch> OPEN = ConcurrentHashMap.newKeySet();

    private Parallel() {
    }

    /** {@code function} applied to every item, the results in the items' order; rethrows the first failure. */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> function) {
        return map(items.size(), i -> function.apply(items.get(i)));
    }

    /** {@code function} applied to every index below {@code count}, the results in order; rethrows the first failure. */
    public static <R> List<R> map(int count, IntFunction<? extends R> function) {
        Object[] results = new Object[count];
        forEachIndex(count, i -> results[i] = function.apply(i));
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Arrays.asList(results);
        return Collections.unmodifiableList(list);
    }

    /** Runs the tasks at once, as cores come free; rethrows the first failure. */
    public static void run(Runnable... tasks) {
        forEachIndex(tasks.length, i -> tasks[i].run());
    }

    /**
     * Runs {@code action} for every index below {@code count}; rethrows the first failure, after
     * which the indices not yet begun are skipped. The calling thread works too, and returns once
     * every index is done.
     */
    public static void forEachIndex(int count, IntConsumer action) {
        if (count == 0) {
            return;
        }
        Batch batch = new Batch(count, action);
        OPEN.add(batch);
        try {
            for (int i = 0; i < ForkJoinPool.getCommonPoolParallelism() && i + 1 < count; i++) {
                ForkJoinPool.commonPool().execute(batch::drain);
            }
            batch.drain();
            while (!batch.isDone()) {
                if (!helpAnother()) {
                    batch.awaitBriefly();
                }
            }
        } finally {
            OPEN.remove(batch);
        }
        batch.rethrow();
    }

    /** Runs one item of some other call in progress; false when none has an item left to take. */
    private static boolean helpAnother() {
        for (Batch other : OPEN) {
            if (other.runNext()) {
                return true;
            }
        }
        return false;
    }
}
