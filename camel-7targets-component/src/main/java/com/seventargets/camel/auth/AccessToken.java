package com.seventargets.camel.auth;

import java.time.Duration;

/**
 * An OAuth2 access token and when it stops being usable. It is not used once less than min(60 s, a quarter of
 * its lifetime) remains, so that it never reaches 7Targets expired.
 */
public final class AccessToken {

    private static final long MAX_MARGIN_NANOS = Duration.ofSeconds(60).toNanos();

    private final String value;
    private final long usableUntilNanos;
    private volatile boolean worked;

    private AccessToken(String value, long usableUntilNanos) {
        this.value = value;
        this.usableUntilNanos = usableUntilNanos;
    }

    /**
     * @param issuedAtNanos {@link System#nanoTime()} when the token was requested
     */
    public static AccessToken issued(String value, Duration lifetime, long issuedAtNanos) {
        long lifetimeNanos = lifetime.toNanos();
        long margin = Math.min(MAX_MARGIN_NANOS, lifetimeNanos / 4);
        return new AccessToken(value, issuedAtNanos + lifetimeNanos - margin);
    }

    public String value() {
        return value;
    }

    public boolean isUsable() {
        return System.nanoTime() - usableUntilNanos < 0;
    }

    /** Notes that 7Targets accepted this token: a later 401 means it was revoked, not that it never could work. */
    public void markWorked() {
        if (!worked) {
            worked = true;
        }
    }

    public boolean hasWorked() {
        return worked;
    }

    @Override
    public String toString() {
        return "AccessToken[xxxxxx]";
    }
}
