package com.seventargets.simulator;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Fault injection, checked before authentication for every request whose path equals a rule's
 * path exactly. Thread-safe. Rules for one path are tried in registration order and the first
 * that applies wins: a {@code times(n)} rule applies to the next n matching requests and is then
 * used up; a {@code rate(p)} rule applies to each request with probability p until {@link #clear()}.
 *
 * <pre>{@code
 * sim.faults().onPath("/leads").times(1).respond(429, "Retry-After", "2");
 * sim.faults().onPath("/oauth2/token").rate(0.1).respond(503);
 * }</pre>
 */
public final class Faults {

    private final ConcurrentHashMap<String, List<FaultRule>> rules = new ConcurrentHashMap<>();

    Faults() {
    }

    /** Starts a rule for requests whose path equals {@code path} exactly, e.g. {@code "/leads"}. */
    public FaultRuleBuilder onPath(String path) {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with '/'");
        }
        return new FaultRuleBuilder(this, path);
    }

    /** Removes every rule. */
    public void clear() {
        rules.clear();
    }

    void add(String path, FaultRule rule) {
        rules.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>()).add(rule);
    }

    /** The action for one request on {@code path}, or null when no rule applies. */
    FaultAction next(String path) {
        if (rules.isEmpty()) {
            return null;
        }
        List<FaultRule> forPath = rules.get(path);
        if (forPath == null) {
            return null;
        }
        for (FaultRule rule : forPath) {
            boolean fired = rule.tryFire();
            if (rule.usedUp()) {
                forPath.remove(rule);
            }
            if (fired) {
                return rule.action();
            }
        }
        return null;
    }
}
