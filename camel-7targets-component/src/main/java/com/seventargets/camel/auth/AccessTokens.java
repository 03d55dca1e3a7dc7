package com.seventargets.camel.auth;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

import com.seventargets.camel.SevenTargetsApiException;

/**
 * The access tokens of one CamelContext, one per token URL, client id and scope, shared by all endpoints. A token
 * is fetched only when there is none usable; while one is being fetched, other callers for the same key wait for
 * it instead of fetching their own. Callers for other keys are not held up.
 */
public final class AccessTokens {

    private final ConcurrentMap<Object, Slot> slots = new ConcurrentHashMap<>();

    /**
     * A usable token for these credentials, from the cache or, when there is none, from the source.
     */
    public AccessToken get(ClientCredentials credentials, TokenSource source) throws IOException, SevenTargetsApiException {
        Slot slot = slots.computeIfAbsent(credentials.cacheKey(), key -> new Slot());
        AccessToken token = slot.current.get();
        if (token != null && token.isUsable()) {
            return token;
        }
        slot.refresh.lock();
        try {
            token = slot.current.get();
            if (token == null || !token.isUsable()) {
                token = source.fetch(credentials);
                slot.current.set(token);
            }
            return token;
        } finally {
            slot.refresh.unlock();
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
     * Forgets every token.
     */
    public void clear() {
        slots.clear();
    }

    private static final class Slot {
        final AtomicReference<AccessToken> current = new AtomicReference<>();
        final ReentrantLock refresh = new ReentrantLock();
    }
}
