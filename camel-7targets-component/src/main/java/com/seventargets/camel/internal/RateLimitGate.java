package com.seventargets.camel.internal;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.hc.client5.http.impl.classic.RequestFailedException;

/**
 * The rate limit of one 7Targets API client, shared by every sender of the same credentials and base URL. It holds
 * them all back while 7Targets has asked, with a 429 and its {@code Retry-After}, to wait: instead of each finding
 * the limit on its own, none sends until then. With {@code maxRequestsPerSecond} it also spaces the calls evenly,
 * a little more than {@code 1/max} s apart; nothing is saved up while idle, so no second sees more than
 * {@code max} calls.
 */
final class RateLimitGate {

    private final int maxRequestsPerSecond;
    private final long intervalNanos;
    /** {@link System#nanoTime()} from which senders may send again after a 429. */
    private final AtomicLong openAt = new AtomicLong(System.nanoTime());
    /** When the next paced call may go; guarded by this. */
    private long nextSlot = System.nanoTime();

    /**
     * @param maxRequestsPerSecond the most calls per second, or 0 for no pacing
     */
    public RateLimitGate(int maxRequestsPerSecond) {
        this.maxRequestsPerSecond = maxRequestsPerSecond;
        // 3 % more than 1/max apart: calls exactly 1 s / max apart would put max + 1 into one second as soon as the
        // later of two calls max apart is held up less on its way than the earlier one; 1 % (10 ms in a second)
        // was not enough when the cores were busy, 3 % absorbs 30 ms
        this.intervalNanos = maxRequestsPerSecond == 0 ? 0 : TimeUnit.MILLISECONDS.toNanos(1030) / maxRequestsPerSecond;
    }

    public int maxRequestsPerSecond() {
        return maxRequestsPerSecond;
    }

    /** Keeps the gate closed for this long from now, or longer if it already is. */
    void closeFor(long millis) {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        openAt.accumulateAndGet(until, (current, proposed) -> proposed - current > 0 ? proposed : current);
    }

    /**
     * Waits, in this thread, until the gate is open and it is this call's turn: a turn is taken only once the gate is
     * open (senders held back by a 429 do not all go at once when it opens), and given up if the gate closed while
     * the sender waited for it.
     *
     * @return whether it had to wait
     * @throws CallDeadline.Passed when the turn would come after the call's deadline: it is not waited for
     */
    boolean awaitTurn(CallDeadline deadline) throws IOException {
        boolean waited = false;
        while (true) {
            long until;
            while ((until = openAt.get()) - System.nanoTime() > 0) {
                waited |= sleepUntil(until, deadline);
            }
            if (intervalNanos == 0) {
                return waited;
            }
            waited |= sleepUntil(takeSlot(), deadline);
            if (openAt.get() - System.nanoTime() <= 0) {
                return waited;
            }
        }
    }

    private synchronized long takeSlot() {
        long now = System.nanoTime();
        if (nextSlot - now < 0) {
            nextSlot = now;
        }
        long slot = nextSlot;
        nextSlot += intervalNanos;
        return slot;
    }

    /** Whether it slept: false when the time had already come. */
    private static boolean sleepUntil(long nanoTime, CallDeadline deadline) throws IOException {
        if (deadline.endsBefore(nanoTime)) {
            throw deadline.passed("before the turn at the rate limit (maxRequestsPerSecond, or a 429's Retry-After)",
                    false);
        }
        boolean slept = false;
        long wait;
        while ((wait = nanoTime - System.nanoTime()) > 0) {
            slept = true;
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RequestFailedException("Interrupted while 7Targets' rate limit held the request back");
            }
        }
        return slept;
    }
}
