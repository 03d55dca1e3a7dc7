package com.seventargets.camel.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

import com.seventargets.camel.SevenTargetsApiException;
import com.seventargets.camel.SevenTargetsAuthenticationException;
import com.seventargets.camel.metrics.SevenTargetsStats;
import com.seventargets.camel.metrics.SevenTargetsStats.TokenState;

/**
 * The access tokens of one CamelContext, one per {@link ClientCredentials#cacheKey()} (token URL, client id and
 * secret, scope, API), shared by all endpoints. A token is fetched only when there is none usable; while one is being
 * fetched, in the thread of the caller that found it missing, other callers for the same key wait for that token (or
 * its failure) instead of fetching their own. Callers for other keys are not held up.
 * <p>
 * When the token endpoint refuses the credentials, the refusal is remembered for a cool-down: until it passes,
 * callers of the same key (another secret is another key) get the refusal again without a request, so that a burst
 * of messages with bad credentials does not become a burst of token requests.
 */
final class AccessTokens {

    /** How long a refusal is remembered: callers get it again, without a request, until then. */
    public static final Duration REFUSAL_COOLDOWN = Duration.ofSeconds(30);

    private final ConcurrentMap<Object, Slot> slots = new ConcurrentHashMap<>();
    private final long failureCooldownNanos;
    private final SevenTargetsStats stats;
    private final LongSupplier nanoClock;

    /**
     * @param stats     where each fetch is counted
     * @param nanoClock what tells the time, in {@link System#nanoTime()}'s units: tests give one they move on
     */
    public AccessTokens(SevenTargetsStats stats, LongSupplier nanoClock) {
        this(REFUSAL_COOLDOWN, stats, nanoClock);
    }

    AccessTokens(Duration failureCooldown, SevenTargetsStats stats, LongSupplier nanoClock) {
        this.failureCooldownNanos = failureCooldown.toNanos();
        this.stats = stats;
        this.nanoClock = nanoClock;
    }

    /** The state of the token for these credentials. */
    public TokenState state(ClientCredentials credentials) {
        Slot slot = slots.get(credentials.cacheKey());
        if (slot == null) {
            return new TokenState(null, 0, null);
        }
        CompletableFuture<AccessToken> token = slot.token;
        Instant validUntil = isUsable(token) ? token.join().usableUntil(nanoClock.getAsLong()) : null;
        Refusal refusal = slot.refusal;
        return new TokenState(validUntil, slot.fetches.sum(), refusal == null ? null : refusal.exception().getErrorCode());
    }

    /**
     * A usable token for these credentials: the cached one, the one being fetched, or a new fetch in this thread.
     *
     * @throws SevenTargetsAuthenticationException when the token endpoint refused these credentials, now or within
     *                                             the cool-down
     */
    public AccessToken get(ClientCredentials credentials, TokenSource source, CallDeadline deadline)
            throws IOException, SevenTargetsApiException {
        Slot slot = slots.computeIfAbsent(credentials.cacheKey(), key -> new Slot());
        CompletableFuture<AccessToken> token = slot.token;
        if (isUsable(token)) {
            return token.join();
        }
        CompletableFuture<AccessToken> fetch = null;
        synchronized (slot) {
            token = slot.token;
            if (token == null || token.isDone() && !isUsable(token)) {
                SevenTargetsAuthenticationException refusal = slot.recentRefusal(nanoClock.getAsLong());
                if (refusal != null) {
                    throw refusal.remembered();
                }
                fetch = new CompletableFuture<>();
                slot.token = fetch;
                token = fetch;
            }
        }
        if (fetch != null) {
            fetchInto(fetch, credentials, source, slot, deadline);
        }
        return await(token, deadline);
    }

    /**
     * @throws CallDeadline.Passed when the fetching caller's deadline passed: the callers waiting for the fetch have
     *                             deadlines of their own, and get a failed token request they may repeat
     */
    private void fetchInto(CompletableFuture<AccessToken> fetch, ClientCredentials credentials, TokenSource source,
                           Slot slot, CallDeadline deadline) throws CallDeadline.Passed {
        slot.fetches.increment();
        try {
            AccessToken token = source.fetch(credentials, nanoClock.getAsLong(), deadline);
            stats.tokenRequest("success");
            fetch.complete(token);
        } catch (SevenTargetsAuthenticationException refused) {
            // remembered before anyone sees the fetch fail
            slot.remember(refused, nanoClock.getAsLong() + failureCooldownNanos);
            stats.tokenRequest("refused");
            fetch.completeExceptionally(refused);
        } catch (CallDeadline.Passed passed) {
            stats.tokenRequest("error");
            fetch.completeExceptionally(new TokenEndpoint.Failed(credentials.tokenUrl(), null, passed));
            throw passed;
        } catch (Exception | Error e) {
            stats.tokenRequest("error");
            fetch.completeExceptionally(e);
        }
    }

    /**
     * The token, or the failure of its fetch as it was thrown. The wait ends at the caller's deadline, or when its
     * thread is interrupted (a shutdown, say), whatever the fetch it waits for does.
     */
    private static AccessToken await(CompletableFuture<AccessToken> token, CallDeadline deadline)
            throws IOException, SevenTargetsApiException {
        try {
            return token.get(Math.max(0, deadline.nanosLeft()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw deadline.passed("while waiting for the access token another sender fetches", false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting for the access token another sender fetches");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException failure) {
                throw failure;
            }
            if (e.getCause() instanceof SevenTargetsApiException failure) {
                throw failure;
            }
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw new IllegalStateException("The access token could not be fetched", e.getCause());
        }
    }

    private boolean isUsable(CompletableFuture<AccessToken> token) {
        return token != null && token.isDone() && !token.isCompletedExceptionally()
               && token.join().isUsableAt(nanoClock.getAsLong());
    }

    /**
     * Drops a token 7Targets refused, unless another caller has already replaced it.
     */
    public void invalidate(ClientCredentials credentials, AccessToken refused) {
        Slot slot = slots.get(credentials.cacheKey());
        if (slot != null) {
            synchronized (slot) {
                CompletableFuture<AccessToken> current = slot.token;
                if (current != null && current.isDone() && !current.isCompletedExceptionally()
                    && current.join() == refused) {
                    slot.token = null;
                }
            }
        }
    }

    /**
     * Forgets every token and every remembered refusal.
     */
    public void clear() {
        slots.clear();
    }

    private record Refusal(SevenTargetsAuthenticationException exception, long untilNanos) {
    }

    private static final class Slot {
        /** The latest fetch, pending or done; written under the slot's lock. */
        volatile CompletableFuture<AccessToken> token;
        final LongAdder fetches = new LongAdder();
        private volatile Refusal refusal;

        synchronized void remember(SevenTargetsAuthenticationException refused, long untilNanos) {
            refusal = new Refusal(refused, untilNanos);
        }

        /** Called under the slot's lock; another secret has a slot of its own. */
        SevenTargetsAuthenticationException recentRefusal(long nowNanos) {
            Refusal last = refusal;
            return last != null && nowNanos - last.untilNanos() < 0 ? last.exception() : null;
        }
    }
}
