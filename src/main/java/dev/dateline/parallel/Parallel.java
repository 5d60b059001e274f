package dev.dateline.parallel;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * Work spread over all cores one item at a time: each core takes the next item as soon as it is
 * done with one. A parallel stream hands each core a long run of items at the start instead, and
 * a core that ends its run early then waits for the others; with thousands of pages of which
 * one (the timeline's) takes much longer, that left a core idle for a quarter of a build.
 */
public final class Parallel {
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
     * every index is done: it does not wait for a helper that never got one, so a call from inside
     * another (a page that renders its list items in parallel) does not hold a core idle.
     */
    public static void forEachIndex(int count, IntConsumer action) {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(count);
        Runnable drain = () -> {
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                try {
                    if (failure.get() == null) {
                        action.accept(i);
                    }
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                } finally {
                    done.countDown();
                }
            }
        };
        for (int i = 0; i < ForkJoinPool.getCommonPoolParallelism() && i + 1 < count; i++) {
            ForkJoinPool.commonPool().execute(drain);
        }
        drain.run();
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the other cores", e);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }
}
