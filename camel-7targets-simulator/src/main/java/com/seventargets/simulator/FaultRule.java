package com.seventargets.simulator;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** One registered fault: an action applied either to the next N matching requests or with a probability. */
final class FaultRule {

    private final AtomicInteger remaining;
    private final double probability;
    private final FaultAction action;

    private FaultRule(AtomicInteger remaining, double probability, FaultAction action) {
        this.remaining = remaining;
        this.probability = probability;
        this.action = action;
    }

    static FaultRule times(int times, FaultAction action) {
        return new FaultRule(new AtomicInteger(times), 1.0, action);
    }

    static FaultRule rate(double probability, FaultAction action) {
        return new FaultRule(null, probability, action);
    }

    FaultAction action() {
        return action;
    }

    /** Claims this rule for one request: true if it applies (and, for a counted rule, uses one up). */
    boolean tryFire() {
        if (remaining == null) {
            return ThreadLocalRandom.current().nextDouble() < probability;
        }
        int left;
        do {
            left = remaining.get();
            if (left <= 0) {
                return false;
            }
        } while (!remaining.compareAndSet(left, left - 1));
        return true;
    }

    boolean usedUp() {
        return remaining != null && remaining.get() <= 0;
    }
}
