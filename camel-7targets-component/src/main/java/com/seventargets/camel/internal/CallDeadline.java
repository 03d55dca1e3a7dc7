package com.seventargets.camel.internal;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * The end of one call's time ({@code callTimeout}), set when the call starts: the token fetch, the waits for a turn,
 * the requests and the retry delays of the call all end by then.
 */
final class CallDeadline {

    private final long timeoutMillis;
    private final long endNanos;

    private CallDeadline(long timeoutMillis, long endNanos) {
        this.timeoutMillis = timeoutMillis;
        this.endNanos = endNanos;
    }

    /** A deadline that starts now. */
    static CallDeadline after(long timeoutMillis) {
        return new CallDeadline(timeoutMillis, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis));
    }

    long nanosLeft() {
        return endNanos - System.nanoTime();
    }

    /** Whether a wait until this {@link System#nanoTime()} would end after the deadline. */
    boolean endsBefore(long nanoTime) {
        return nanoTime - endNanos > 0;
    }

    /**
     * The failure of a call whose deadline passed (or would pass) while it was doing this.
     *
     * @param requestInFlight whether a request was under way, and so may have reached the server
     */
    Passed passed(String during, boolean requestInFlight) {
        return new Passed("callTimeout of " + timeoutMillis + " ms passed " + during, requestInFlight);
    }

    /** The deadline passed, or would pass before a wait ends. Nothing is retried after it. */
    static final class Passed extends IOException {

        private final boolean requestInFlight;

        Passed(String message, boolean requestInFlight) {
            super(message);
            this.requestInFlight = requestInFlight;
        }

        boolean requestInFlight() {
            return requestInFlight;
        }
    }
}
