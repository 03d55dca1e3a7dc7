package com.seventargets.simulator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many requests reached each endpoint ({@code "POST /leads"}, ...), whatever they were answered; a fixed set of
 * keys, so a client cannot make it grow: any other method or path is counted under {@link #OTHER}.
 */
final class RequestCounts {

    /** The key of requests to no endpoint of the API. */
    static final String OTHER = "other";

    private final Map<String, AtomicLong> counts = new LinkedHashMap<>();

    RequestCounts(Iterable<String> endpoints) {
        endpoints.forEach(endpoint -> counts.put(endpoint, new AtomicLong()));
        counts.put(OTHER, new AtomicLong());
    }

    void count(String method, String path) {
        AtomicLong count = counts.get(method + " " + path);
        (count != null ? count : counts.get(OTHER)).incrementAndGet();
    }

    /** Every key, in a fixed order, with its count. */
    Map<String, Long> snapshot() {
        Map<String, Long> copy = new LinkedHashMap<>();
        counts.forEach((key, count) -> copy.put(key, count.get()));
        return copy;
    }

    void clear() {
        counts.values().forEach(count -> count.set(0));
    }
}
