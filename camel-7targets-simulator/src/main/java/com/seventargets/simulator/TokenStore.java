package com.seventargets.simulator;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The access tokens issued: each opaque, JWT-looking, with its own expiry; lock-free lookups. At most
 * {@code capacity} are kept: expired ones are forgotten once every {@value #SWEEP_EVERY} tokens issued and whenever the
 * store is full, and beyond that a new token makes the oldest unknown.
 */
final class TokenStore {

    static final int SWEEP_EVERY = 1000;

    /** What a presented token turned out to be. */
    enum Verdict { VALID, UNKNOWN, EXPIRED, REVOKED }

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final String HEADER = BASE64URL.encodeToString(
            "{\"alg\":\"RS256\",\"kid\":\"7targets-simulator\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Issued> tokens = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> issuedInOrder = new ConcurrentLinkedQueue<>();
    private final AtomicInteger rejectedExpired = new AtomicInteger();
    private final int capacity;
    private long issuedCount;

    TokenStore(int capacity) {
        this.capacity = capacity;
    }

    private record Issued(long expiresAtNanos, boolean revoked) {
    }

    /** Issues a new token for {@code clientId} with these scopes, valid for {@code lifetime} from now. */
    synchronized String issue(String clientId, String scopes, Duration lifetime) {
        Instant now = Instant.now();
        String payload = Json.text(Json.object()
                .put("sub", clientId)
                .put("client_id", clientId)
                .put("token_use", "access")
                .put("scope", scopes)
                .put("iat", now.getEpochSecond())
                .put("exp", now.plus(lifetime).getEpochSecond())
                .put("jti", UUID.randomUUID().toString()));
        byte[] signature = new byte[32];
        random.nextBytes(signature);
        String token = HEADER + "." + BASE64URL.encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + BASE64URL.encodeToString(signature);
        tokens.put(token, new Issued(System.nanoTime() + lifetime.toNanos(), false));
        issuedInOrder.add(token);
        if (++issuedCount % SWEEP_EVERY == 0 || tokens.size() > capacity) {
            forgetExpired();
        }
        while (tokens.size() > capacity) {
            tokens.remove(issuedInOrder.poll());
        }
        return token;
    }

    private void forgetExpired() {
        long now = System.nanoTime();
        tokens.values().removeIf(issued -> now - issued.expiresAtNanos() >= 0);
        issuedInOrder.removeIf(token -> !tokens.containsKey(token));
    }

    /** Checks a presented token; an expired one is counted in {@link #rejectedExpiredCount()}. */
    Verdict check(String token) {
        Issued issued = tokens.get(token);
        if (issued == null) {
            return Verdict.UNKNOWN;
        }
        if (issued.revoked()) {
            return Verdict.REVOKED;
        }
        if (System.nanoTime() - issued.expiresAtNanos() >= 0) {
            rejectedExpired.incrementAndGet();
            return Verdict.EXPIRED;
        }
        return Verdict.VALID;
    }

    void revoke(String token) {
        tokens.computeIfPresent(token, (t, issued) -> new Issued(issued.expiresAtNanos(), true));
    }

    void age(Duration time) {
        long nanos = time.toNanos();
        tokens.replaceAll((t, issued) -> new Issued(issued.expiresAtNanos() - nanos, issued.revoked()));
    }

    void revokeAll() {
        tokens.replaceAll((t, issued) -> new Issued(issued.expiresAtNanos(), true));
    }

    /** How many tokens were issued since the last {@link #clear()}. */
    synchronized long issuedCount() {
        return issuedCount;
    }

    /** The tokens kept, in the order they were issued. */
    List<String> issued() {
        return List.copyOf(issuedInOrder);
    }

    int rejectedExpiredCount() {
        return rejectedExpired.get();
    }

    /** Forgets every token and the counters. */
    synchronized void clear() {
        tokens.clear();
        issuedInOrder.clear();
        rejectedExpired.set(0);
        issuedCount = 0;
    }
}
