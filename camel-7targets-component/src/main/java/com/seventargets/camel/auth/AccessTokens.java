package com.seventargets.camel.auth;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

import com.seventargets.camel.SevenTargetsApiException;
import com.seventargets.camel.SevenTargetsAuthenticationException;

/**
 * The access tokens of one CamelContext, one per token URL, client id and scope, shared by all endpoints. A token
 * is fetched only when there is none usable; while one is being fetched, other callers for the same key wait for
 * it instead of fetching their own. Callers for other keys are not held up.
 * <p>
 * When the token endpoint refuses the credentials, the refusal is remembered for a cool-down: until it passes or
 * the client secret changes, callers get the refusal again without a request, so that a burst of messages with bad
 * credentials does not become a burst of token requests.
 */
public final class AccessTokens {

    static final Duration DEFAULT_FAILURE_COOLDOWN = Duration.ofSeconds(30);

    private final ConcurrentMap<Object, Slot> slots = new ConcurrentHashMap<>();
    private final long failureCooldownNanos;

    public AccessTokens() {
        this(DEFAULT_FAILURE_COOLDOWN);
    }

    AccessTokens(Duration failureCooldown) {
        this.failureCooldownNanos = failureCooldown.toNanos();
    }

    /**
     * A usable token for these credentials, from the cache or, when there is none, from the source.
     *
     * @throws SevenTargetsAuthenticationException when the token endpoint refused these credentials, now or within
     *                                             the cool-down
     */
    public AccessToken get(ClientCredentials credentials, TokenSource source) throws IOException, SevenTargetsApiException {
        Slot slot = slots.computeIfAbsent(credentials.cacheKey(), key -> new Slot());
        AccessToken token = slot.current.get();
        if (token != null && token.isUsable()) {
            return token;
        }
        long fetchesSeen = slot.fetches;
        slot.refresh.lock();
        try {
            token = slot.current.get();
            if (token == null || !token.isUsable()) {
                slot.rethrowRecentRefusal(credentials);
                slot.rethrowFailureWaitedFor(fetchesSeen);
                token = fetch(slot, credentials, source);
                slot.current.set(token);
            }
            return token;
        } finally {
            slot.refresh.unlock();
        }
    }

    private AccessToken fetch(Slot slot, ClientCredentials credentials, TokenSource source)
            throws IOException, SevenTargetsApiException {
        try {
            AccessToken token = source.fetch(credentials);
            slot.refusal = null;
            slot.lastFailure = null;
            return token;
        } catch (SevenTargetsAuthenticationException e) {
            slot.refusal = new Refusal(e, credentials.clientSecret(), System.nanoTime() + failureCooldownNanos);
            throw e;
        } catch (IOException | SevenTargetsApiException | RuntimeException e) {
            slot.lastFailure = e;
            throw e;
        } finally {
            slot.fetches++;
        }
    }

    /**
     * Drops a token 7Targets refused, unless another caller has already replaced it.
     */
    public void invalidate(ClientCredentials credentials, AccessToken refused) {
        Slot slot = slots.get(credentials.cacheKey());
        if (slot != null) {
            slot.current.compareAndSet(refused, null);
        }
    }

    /**
     * Forgets every token and every remembered refusal.
     */
    public void clear() {
        slots.clear();
    }

    private record Refusal(SevenTargetsAuthenticationException exception, String clientSecret, long untilNanos) {
    }

    private static final class Slot {
        final AtomicReference<AccessToken> current = new AtomicReference<>();
        final ReentrantLock refresh = new ReentrantLock();
        /** How many fetches have ended; written under {@link #refresh}. */
        volatile long fetches;
        /** Guarded by {@link #refresh}. */
        Refusal refusal;
        /** How the last fetch failed, unless it was a refusal; guarded by {@link #refresh}. */
        Exception lastFailure;

        /**
         * A caller that waited while a fetch failed gets that failure, rather than waiting for a fetch of its own:
         * when the token endpoint hangs, the n-th waiter would otherwise wait n timeouts.
         */
        void rethrowFailureWaitedFor(long fetchesSeen) throws IOException, SevenTargetsApiException {
            Exception failure = lastFailure;
            if (failure == null || fetches == fetchesSeen) {
                return;
            }
            if (failure instanceof IOException e) {
                throw e;
            }
            if (failure instanceof SevenTargetsApiException e) {
                throw e;
            }
            throw (RuntimeException) failure;
        }

        void rethrowRecentRefusal(ClientCredentials credentials) {
            Refusal last = refusal;
            if (last != null && System.nanoTime() - last.untilNanos() < 0
                && Objects.equals(last.clientSecret(), credentials.clientSecret())) {
                throw last.exception().remembered();
            }
        }
    }
}
