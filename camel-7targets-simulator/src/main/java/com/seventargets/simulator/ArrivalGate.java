package com.seventargets.simulator;

import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;

/**
 * Requests held until so many have been under way at once, or at most a while: each waits as a callback, not in a
 * thread, so a thousand held requests take no thread.
 */
final class ArrivalGate {

    private final IntSupplier mostUnderWay;
    private final Queue<Held> held = new ConcurrentLinkedQueue<>();

    ArrivalGate(IntSupplier mostUnderWay) {
        this.mostUnderWay = mostUnderWay;
    }

    private final class Held {
        final int requests;
        final Runnable release;
        final AtomicBoolean released = new AtomicBoolean();

        Held(int requests, Runnable release) {
            this.requests = requests;
            this.release = release;
        }

        void releaseOnce() {
            if (released.compareAndSet(false, true)) {
                held.remove(this);
                release.run();
            }
        }
    }

    /**
     * Runs {@code release} once {@link #arrived()} finds {@code requests} under way at once (at once if they were
     * already), or when {@code atMost} has passed.
     */
    void hold(int requests, Duration atMost, Continuations continuations, Runnable release) {
        Held waiter = new Held(requests, release);
        held.add(waiter);
        continuations.onTimer(atMost, waiter::releaseOnce);
        // checked after adding, so that an arrival between the two is not missed
        if (mostUnderWay.getAsInt() >= requests) {
            waiter.releaseOnce();
        }
    }

    /** A request arrived: releases those held that have seen enough requests under way at once. */
    void arrived() {
        if (held.isEmpty()) {
            return;
        }
        int most = mostUnderWay.getAsInt();
        for (Held waiter : held) {
            if (most >= waiter.requests) {
                waiter.releaseOnce();
            }
        }
    }

    /** Forgets every held request (the server stopped: their connections are closed). */
    void clear() {
        held.clear();
    }
}
