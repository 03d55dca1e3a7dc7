package com.seventargets.camel.client;

import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Starts at most {@code max} calls at once; the others wait in a queue, holding no thread, and start as earlier
 * ones finish. A call gets its access token when it starts, not when it is queued, so that a burst of thousands of
 * messages does not send tokens that went stale, or were revoked, while waiting for a connection.
 */
final class InFlightLimit {

    private final int max;
    private final Queue<Runnable> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    /** Work-in-progress counter: one thread drains the queue at a time, the others tell it to look again. */
    private final AtomicInteger drains = new AtomicInteger();

    InFlightLimit(int max) {
        this.max = max;
    }

    <T> CompletableFuture<T> submit(Supplier<CompletableFuture<T>> call) {
        CompletableFuture<T> result = new CompletableFuture<>();
        waiting.add(() -> {
            CompletableFuture<T> started;
            try {
                started = call.get();
            } catch (RuntimeException e) {
                started = CompletableFuture.failedFuture(e);
            }
            started.whenComplete((value, error) -> {
                inFlight.decrementAndGet();
                drain();
                if (error != null) {
                    result.completeExceptionally(error);
                } else {
                    result.complete(value);
                }
            });
        });
        drain();
        return result;
    }

    private void drain() {
        if (drains.getAndIncrement() != 0) {
            return;
        }
        do {
            while (inFlight.get() < max) {
                Runnable next = waiting.poll();
                if (next == null) {
                    break;
                }
                inFlight.incrementAndGet();
                next.run();
            }
        } while (drains.decrementAndGet() != 0);
    }
}
