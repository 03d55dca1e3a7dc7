package com.seventargets.benchmarks;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.IntSupplier;

/** Samples the used heap every 50 ms on a daemon thread, keeping the peak per quarter of a job's progress. */
final class HeapSampler implements AutoCloseable {

    private final AtomicLongArray peaks = new AtomicLongArray(4);
    private final Thread thread;
    private volatile boolean running = true;

    /** {@code quarter} says which quarter of the job (0 to 3) is running now; below 0, nothing is sampled. */
    HeapSampler(IntSupplier quarter) {
        thread = new Thread(() -> {
            while (running) {
                int q = quarter.getAsInt();
                if (q >= 0) {
                    peaks.accumulateAndGet(Math.min(3, q), JvmMetrics.heapUsed(), Math::max);
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    long peak(int quarter) {
        return peaks.get(quarter);
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
