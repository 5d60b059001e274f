package dev.dateline.parallel;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/** The items of one {@link Parallel} call: taken one at a time by whichever thread comes, in order. */
final class Batch {
    private final int count;
    private final IntConsumer action;
    private final AtomicInteger next = new AtomicInteger();
    private final CountDownLatch done;
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

    Batch(int count, IntConsumer action) {
        this.count = count;
        this.action = action;
        this.done = new CountDownLatch(count);
    }

    /** Runs the next item not yet taken; false when every item has been taken. After a failure, items are skipped. */
    boolean runNext() {
        if (next.get() >= count) {
            return false;
        }
        int i = next.getAndIncrement();
        if (i >= count) {
            return false;
        }
        try {
            if (failure.get() == null) {
                action.accept(i);
            }
        } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
        } finally {
            done.countDown();
        }
        return true;
    }

    void drain() {
        while (runNext()) {
            // each call runs one item
        }
    }

    boolean isDone() {
        return done.getCount() == 0;
    }

    /** Waits a moment for the items other threads are running. */
    void awaitBriefly() {
        try {
            done.await(50, TimeUnit.MICROSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the other cores", e);
        }
    }

    void rethrow() {
        if (failure.get() != null) {
            throw failure.get();
        }
    }
}
