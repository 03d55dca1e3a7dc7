package com.seventargets.camel.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RateLimitGateTest {

    /** A deadline no test reaches. */
    private static final CallDeadline LONG = CallDeadline.after(3_600_000);

    @Test
    void sendersHeldBackByA429TakeTheirPacedTurnsOnlyOnceItHasPassed() throws Exception {
        RateLimitGate gate = new RateLimitGate(10); // a turn every 101 ms
        long start = System.nanoTime();
        gate.closeFor(300);
        ExecutorService senders = Executors.newFixedThreadPool(3);
        try {
            List<Future<Long>> passed = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                passed.add(senders.submit(() -> {
                    gate.awaitTurn(LONG);
                    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                }));
            }
            List<Long> at = new ArrayList<>();
            for (Future<Long> one : passed) {
                at.add(one.get(5, TimeUnit.SECONDS));
            }
            at.sort(null);

            assertThat(at.get(0)).as("not before the 429's wait").isGreaterThanOrEqualTo(300);
            // turns 101 ms apart; a sender woken late on a busy machine notes its time late, so the gaps it sees
            // may be shorter by that much, the span of two turns hardly
            assertThat(at.get(1) - at.get(0)).as("paced after it, not all at once").isGreaterThanOrEqualTo(60);
            assertThat(at.get(2) - at.get(1)).isGreaterThanOrEqualTo(60);
            assertThat(at.get(2) - at.get(0)).as("two turns").isGreaterThanOrEqualTo(170);
        } finally {
            senders.shutdownNow();
        }
    }

    @Test
    void saysWhetherTheSenderHadToWait() throws Exception {
        RateLimitGate open = new RateLimitGate(0);
        assertThat(open.awaitTurn(LONG)).as("no pacing, no 429").isFalse();

        open.closeFor(50);
        assertThat(open.awaitTurn(LONG)).as("held back by a 429").isTrue();

        RateLimitGate paced = new RateLimitGate(10);
        assertThat(paced.awaitTurn(LONG)).as("the first turn is now").isFalse();
        assertThat(paced.awaitTurn(LONG)).as("the next one 101 ms later").isTrue();
    }

    @Test
    void aTurnThatWouldComeAfterTheCallsDeadlineIsNotWaitedFor() {
        RateLimitGate gate = new RateLimitGate(0);
        gate.closeFor(60_000); // a 429 asked for a minute
        long started = System.nanoTime();

        assertThatThrownBy(() -> gate.awaitTurn(CallDeadline.after(20_000)))
                .isInstanceOf(CallDeadline.Passed.class)
                .hasMessage("callTimeout of 20000 ms passed before the turn at the rate limit (maxRequestsPerSecond,"
                            + " or a 429's Retry-After)");
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).as("not waited for")
                .isLessThan(10_000);
    }
}
