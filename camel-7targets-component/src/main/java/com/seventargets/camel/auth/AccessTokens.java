package com.seventargets.camel.auth;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import com.seventargets.camel.SevenTargetsAuthenticationException;
import com.seventargets.camel.client.RetryingSender;

/**
 * The access tokens of one CamelContext, one per token URL, client id and scope, shared by all endpoints. A token
 * is fetched only when there is none usable; while one is being fetched, other callers for the same key get the same
 * pending token (or its failure) instead of fetching their own, and nobody blocks. Callers for other keys are not
 * held up.
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
     * A usable token for these credentials: the cached one, the one being fetched, or a new fetch. Fails with
     * {@link SevenTargetsAuthenticationException} when the token endpoint refused these credentials, now or within
     * the cool-down.
     */
    public CompletableFuture<AccessToken> get(ClientCredentials credentials, TokenSource source) {
        Slot slot = slots.computeIfAbsent(credentials.cacheKey(), key -> new Slot());
        CompletableFuture<AccessToken> token = slot.token;
        if (isUsable(token)) {
            return token;
        }
        synchronized (slot) {
            token = slot.token;
            if (token != null && !token.isDone() || isUsable(token)) {
                return token;
            }
            SevenTargetsAuthenticationException refusal = slot.recentRefusal(credentials);
            if (refusal != null) {
                return CompletableFuture.failedFuture(refusal.remembered());
            }
            // the refusal is remembered before anyone sees the fetch fail
            CompletableFuture<AccessToken> fetch = source.fetch(credentials).whenComplete((fetched, error) -> {
                if (RetryingSender.unwrap(error) instanceof SevenTargetsAuthenticationException refused) {
                    slot.remember(refused, credentials.clientSecret(), System.nanoTime() + failureCooldownNanos);
                }
            });
            slot.token = fetch;
            return fetch;
        }
    }

    private static boolean isUsable(CompletableFuture<AccessToken> token) {
        return token != null && token.isDone() && !token.isCompletedExceptionally() && token.join().isUsable();
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
     * The token that has replaced this one in the cache since it was handed out, pending or fetched; null when
     * this one is still the current token, or there is none.
     */
    public CompletableFuture<AccessToken> replacementOf(ClientCredentials credentials, AccessToken token) {
        Slot slot = slots.get(credentials.cacheKey());
        CompletableFuture<AccessToken> current = slot == null ? null : slot.token;
        if (current == null || current.isCompletedExceptionally()
            || current.isDone() && current.join() == token) {
            return null;
        }
        return current;
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
        /** The latest fetch, pending or done; written under the slot's lock. */
        volatile CompletableFuture<AccessToken> token;
        private Refusal refusal;

        synchronized void remember(SevenTargetsAuthenticationException refused, String clientSecret, long untilNanos) {
            refusal = new Refusal(refused, clientSecret, untilNanos);
        }

        /** Called under the slot's lock. */
        SevenTargetsAuthenticationException recentRefusal(ClientCredentials credentials) {
            Refusal last = refusal;
            boolean applies = last != null && System.nanoTime() - last.untilNanos() < 0
                              && Objects.equals(last.clientSecret(), credentials.clientSecret());
            return applies ? last.exception() : null;
        }
    }
}
