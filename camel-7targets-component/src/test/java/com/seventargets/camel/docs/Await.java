package com.seventargets.camel.docs;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.fail;

/** Waits for a condition that a route makes true on another thread, and says what it saw when it gives up. */
final class Await {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private Await() {
    }

    static void until(BooleanSupplier condition, Supplier<String> failure) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("Not within " + TIMEOUT + ": " + failure.get());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("Interrupted while waiting: " + failure.get());
            }
        }
    }
}
