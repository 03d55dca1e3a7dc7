package com.seventargets.camel.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

import com.seventargets.camel.SevenTargetsAuthenticationException;

/**
 * 7Targets' refusals of the user identifier even with a fresh token, each remembered for a cool-down by what it
 * concerns (an assistant, the listing, or every call): meanwhile the calls it concerns fail at once, instead of each
 * dropping the token, asking for a new one and being refused again. Bounded, as each lead may name another
 * assistant: expired refusals are pruned, and beyond {@link #MAX_REMEMBERED} a new one is not remembered (its calls
 * are then sent).
 */
final class UserRefusals {

    static final int MAX_REMEMBERED = 1_000;

    private final Map<String, Refusal> refusals = new ConcurrentHashMap<>();
    private final long cooldownNanos;
    private final LongSupplier nanoClock;

    /**
     * @param nanoClock what tells the time, in {@link System#nanoTime()}'s units
     */
    UserRefusals(long cooldownNanos, LongSupplier nanoClock) {
        this.cooldownNanos = cooldownNanos;
        this.nanoClock = nanoClock;
    }

    void remember(String concerning, SevenTargetsAuthenticationException refused) {
        long now = nanoClock.getAsLong();
        refusals.values().removeIf(refusal -> !refusal.isRemembered(now));
        if (refusals.size() < MAX_REMEMBERED || refusals.containsKey(concerning)) {
            refusals.put(concerning, new Refusal(refused, now + cooldownNanos));
        }
    }

    /**
     * @throws SevenTargetsAuthenticationException the refusal remembered for what this call concerns
     */
    void requireNotRefused(String concerning) {
        Refusal refusal = refusals.get(concerning);
        if (refusal != null && refusal.isRemembered(nanoClock.getAsLong())) {
            throw refusal.exception().remembered();
        }
    }

    /** How many refusals are remembered now for what matches. */
    int count(Predicate<String> concerning) {
        long now = nanoClock.getAsLong();
        return (int) refusals.entrySet().stream()
                .filter(refusal -> concerning.test(refusal.getKey()) && refusal.getValue().isRemembered(now)).count();
    }

    private record Refusal(SevenTargetsAuthenticationException exception, long untilNanos) {

        boolean isRemembered(long nowNanos) {
            return nowNanos - untilNanos < 0;
        }
    }
}
