package com.seventargets.camel.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * An OAuth2 access token and when it stops being usable. It is not used once less than min(60 s, a quarter of
 * its lifetime) remains, so that it never reaches 7Targets expired.
 */
final class AccessToken {

    private static final long MAX_MARGIN_NANOS = Duration.ofSeconds(60).toNanos();

    private final String authorization;
    private final long usableUntilNanos;

    private AccessToken(String value, long usableUntilNanos) {
        this.authorization = "Bearer " + value;
        this.usableUntilNanos = usableUntilNanos;
    }

    /**
     * @param issuedAtNanos when the token was requested, on the clock of {@link AccessTokens}
     */
    public static AccessToken issued(String value, Duration lifetime, long issuedAtNanos) {
        long lifetimeNanos = lifetime.toNanos();
        long margin = Math.min(MAX_MARGIN_NANOS, lifetimeNanos / 4);
        return new AccessToken(value, issuedAtNanos + lifetimeNanos - margin);
    }

    /** The value of the {@code Authorization} header that carries this token. */
    public String authorization() {
        return authorization;
    }

    /** Until when this token is used, told from {@code nowNanos} on the clock it was issued by. */
    public Instant usableUntil(long nowNanos) {
        return Instant.now().plusNanos(usableUntilNanos - nowNanos);
    }

    /** Whether it may still be sent at {@code nowNanos}, on the clock it was issued by. */
    public boolean isUsableAt(long nowNanos) {
        return nowNanos - usableUntilNanos < 0;
    }

    @Override
    public String toString() {
        return "AccessToken[xxxxxx]";
    }
}
