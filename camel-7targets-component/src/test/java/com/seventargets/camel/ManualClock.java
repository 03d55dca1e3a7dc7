package com.seventargets.camel;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/** A clock in {@link System#nanoTime()}'s units that moves only when a test moves it. */
public final class ManualClock implements LongSupplier {

    private final AtomicLong nanos = new AtomicLong(System.nanoTime());

    @Override
    public long getAsLong() {
        return nanos.get();
    }

    public void advance(Duration time) {
        nanos.addAndGet(time.toNanos());
    }
}
