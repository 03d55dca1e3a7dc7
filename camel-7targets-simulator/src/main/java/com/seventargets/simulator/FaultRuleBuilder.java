package com.seventargets.simulator;

import java.time.Duration;
import java.util.Map;

/**
 * A fault rule being described: how often ({@link #times(int)}, default once, or {@link #rate(double)}),
 * then what to do; the terminal method registers the rule and returns the {@link Faults} to chain on.
 */
public final class FaultRuleBuilder {

    private final Faults faults;
    private final String path;
    private int times = 1;
    private double rate = -1;

    FaultRuleBuilder(Faults faults, String path) {
        this.faults = faults;
        this.path = path;
    }

    /** Applies the fault to the next {@code n} matching requests (n at least 1). */
    public FaultRuleBuilder times(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("times must be at least 1");
        }
        this.times = n;
        this.rate = -1;
        return this;
    }

    /** Applies the fault to each matching request with this probability (0 to 1), until cleared. */
    public FaultRuleBuilder rate(double probability) {
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("rate must be between 0 and 1");
        }
        this.rate = probability;
        return this;
    }

    /** Answers with this status and a small Spring Boot style JSON error body. */
    public Faults respond(int status) {
        return register(new FaultAction.Respond(checkStatus(status), Map.of(), null, null));
    }

    /** Answers with this status, a small JSON error body and one extra header, e.g. {@code Retry-After}. */
    public Faults respond(int status, String headerName, String headerValue) {
        return register(new FaultAction.Respond(checkStatus(status), Map.of(headerName, headerValue), null, null));
    }

    /** Waits this long, then handles the request normally. */
    public Faults delay(Duration delay) {
        if (delay == null || delay.isNegative()) {
            throw new IllegalArgumentException("delay must be zero or positive");
        }
        return register(new FaultAction.Delay(delay));
    }

    /**
     * Holds each request until {@code requests} requests have been under way at once (see
     * {@link SevenTargetsSimulator#mostConcurrentRequests()}), or at most {@code atMost}, then handles it normally: a
     * client's concurrency shown without racing a fixed delay.
     */
    public Faults holdUntilUnderWay(int requests, Duration atMost) {
        if (requests < 1 || atMost == null || atMost.isNegative()) {
            throw new IllegalArgumentException("requests must be 1 or more, atMost zero or positive");
        }
        return register(new FaultAction.HoldUntilUnderWay(requests, atMost));
    }

    /** Closes the TCP connection without sending any response bytes. */
    public Faults dropConnection() {
        return register(new FaultAction.Drop());
    }

    /**
     * Handles the request as usual (a create stores its lead, an update changes it), then closes the connection
     * without sending the answer: the lost answer a client must not blindly repeat.
     */
    public Faults dropConnectionAfterHandling() {
        return register(new FaultAction.DropAfterHandling());
    }

    /** Answers with exactly this status, content type (null for none) and body, e.g. a malformed answer. */
    public Faults respondRaw(int status, String contentType, String body) {
        return register(new FaultAction.Respond(checkStatus(status), Map.of(), contentType,
                body == null ? "" : body));
    }

    private Faults register(FaultAction action) {
        faults.add(path, rate >= 0 ? FaultRule.rate(rate, action) : FaultRule.times(times, action));
        return faults;
    }

    private static int checkStatus(int status) {
        if (status < 200 || status > 599) {
            throw new IllegalArgumentException("status must be between 200 and 599");
        }
        return status;
    }
}
