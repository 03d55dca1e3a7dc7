package com.seventargets.camel.metrics;

import java.io.Closeable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.apache.camel.CamelContext;
import org.apache.camel.component.extension.ComponentExtension;

/**
 * What the 7Targets calls of one component have done: counted once, by the call path, and read by the Micrometer
 * meters, the endpoints' JMX attributes and the {@code seventargets} developer console; with the state of each
 * started endpoint's token. Thread-safe; no tag value is ever a secret, an e-mail or a lead field: operations,
 * outcomes and status codes only. The component offers it as its extension ({@code getExtension}), which is how the
 * console finds it.
 */
public final class SevenTargetsStats implements ComponentExtension {

    /** The meters, by their Micrometer names; each also carries the tags {@code camelContext} and {@code component}. */
    public enum Kind {
        /** Calls sent, after their retries; tags operation and outcome. */
        REQUESTS("seventargets.requests"),
        /** Messages refused before anything was sent; tag operation. */
        INVALID("seventargets.invalid"),
        /** Creates not sent because the idempotent repository already had their lead; tag operation. */
        DUPLICATES("seventargets.duplicates"),
        /** Repeated attempts; tags operation and reason (the status code, or {@code io}). */
        RETRIES("seventargets.retries"),
        /** Token fetches; tag outcome ({@code success}, {@code refused}, {@code error}). */
        TOKEN_REQUESTS("seventargets.token.requests");

        private final String meterName;

        Kind(String meterName) {
            this.meterName = meterName;
        }

        public String meterName() {
            return meterName;
        }
    }

    /** How a sent call ended. */
    public enum Outcome {
        success, client_error, server_error, io_error, rate_limited;

        /** The outcome of a call whose last answer had this status. */
        public static Outcome of(int status) {
            if (status >= 200 && status < 300) {
                return success;
            }
            if (status == 429) {
                return rate_limited;
            }
            return status >= 500 ? server_error : client_error;
        }
    }

    /**
     * One counted series.
     *
     * @param operation the operation, or null for token requests
     * @param detail    the outcome, the retry reason, or null for invalid messages and duplicates
     */
    public record Key(Kind kind, String operation, String detail) {
    }

    /** A count and, for requests, the time they took. */
    public static final class Tally {
        private final LongAdder count = new LongAdder();
        private final LongAdder nanos = new LongAdder();

        public long count() {
            return count.sum();
        }

        public long totalNanos() {
            return nanos.sum();
        }
    }

    /**
     * What can be shown of a token: never the token itself.
     *
     * @param validUntil  until when the current token is used, or null when there is none usable
     * @param fetches     how many times a token was fetched for these credentials
     * @param lastRefusal the token endpoint's error code of its last refusal, or null
     */
    public record TokenState(Instant validUntil, long fetches, String lastRefusal) {
    }

    /**
     * A started endpoint's token, by the endpoint's name: resource and operation only, as its other options may hold
     * an e-mail.
     */
    public record EndpointToken(String endpoint, TokenState token) {
    }

    private record Shown(String endpoint, Supplier<TokenState> token) {
    }

    private final Map<Key, Tally> tallies = new ConcurrentHashMap<>();
    private final LongAdder inFlight = new LongAdder(); // an adder: every sender changes it, twice a call
    private final CopyOnWriteArrayList<BiConsumer<Key, Tally>> newSeriesListeners = new CopyOnWriteArrayList<>();
    private final Map<Object, Shown> endpointTokens = new ConcurrentHashMap<>();

    /** A call starts: waiting for its turn, a token or an answer, retries included. Returns the start time. */
    public long callStarted() {
        inFlight.increment();
        return System.nanoTime();
    }

    /**
     * A call started with {@link #callStarted()} ends.
     *
     * @param outcome null when nothing was sent (its token could not be had): not counted as a request
     */
    public void callEnded(String operation, Outcome outcome, long startedNanos) {
        inFlight.decrement();
        if (outcome != null) {
            Tally tally = tally(new Key(Kind.REQUESTS, operation, outcome.name()));
            tally.count.increment();
            tally.nanos.add(System.nanoTime() - startedNanos);
        }
    }

    /** A message refused before anything was sent. */
    public void invalid(String operation) {
        tally(new Key(Kind.INVALID, operation, null)).count.increment();
    }

    /** A create not sent: the idempotent repository already had its lead. */
    public void duplicate(String operation) {
        tally(new Key(Kind.DUPLICATES, operation, null)).count.increment();
    }

    /** An attempt is repeated. */
    public void retry(String operation, String reason) {
        tally(new Key(Kind.RETRIES, operation, reason)).count.increment();
    }

    /** A token fetch ended: {@code success}, {@code refused} or {@code error}. */
    public void tokenRequest(String outcome) {
        tally(new Key(Kind.TOKEN_REQUESTS, null, outcome)).count.increment();
    }

    /** The calls under way now. */
    public int inFlight() {
        return inFlight.intValue();
    }

    /** The count of one series, 0 when it never happened. */
    public long count(Kind kind, String operation, String detail) {
        Tally tally = tallies.get(new Key(kind, operation, detail));
        return tally == null ? 0 : tally.count();
    }

    /** The sum of every series of a kind. */
    public long total(Kind kind) {
        return total(kind, null);
    }

    /** The sum of the series of a kind with this outcome or reason (every operation), or of all when null. */
    public long total(Kind kind, String detail) {
        return tallies.entrySet().stream()
                .filter(e -> e.getKey().kind() == kind && (detail == null || detail.equals(e.getKey().detail())))
                .mapToLong(e -> e.getValue().count()).sum();
    }

    /** Every series counted so far. */
    public Map<Key, Tally> snapshot() {
        return Map.copyOf(tallies);
    }

    /**
     * Calls the listener with every series so far, then with each new one as it appears (so that meters are
     * registered for series only once they occur).
     */
    public void forEachSeries(BiConsumer<Key, Tally> listener) {
        newSeriesListeners.add(listener);
        tallies.forEach(listener);
    }

    /** Stops calling a listener given to {@link #forEachSeries}. */
    public void removeListener(BiConsumer<Key, Tally> listener) {
        newSeriesListeners.remove(listener);
    }

    /** Shows an endpoint's token, read when asked for, until {@link #hideToken}. */
    public void showToken(Object endpoint, String name, Supplier<TokenState> token) {
        endpointTokens.put(endpoint, new Shown(name, token));
    }

    /** Stops showing an endpoint's token. */
    public void hideToken(Object endpoint) {
        endpointTokens.remove(endpoint);
    }

    /** The started endpoints' tokens, by endpoint name. */
    public List<EndpointToken> endpointTokens() {
        return endpointTokens.values().stream()
                .map(shown -> new EndpointToken(shown.endpoint(), shown.token().get()))
                .sorted(Comparator.comparing(EndpointToken::endpoint)).toList();
    }

    /**
     * Registers these counts as Micrometer meters in the context's MeterRegistry: the only one bound, or the
     * composite one among several, tagged with the names of the context and of the component. Call it only with
     * Micrometer on the class path.
     *
     * @param componentName the component's name in the context
     * @return what unregisters them, or null when no MeterRegistry is bound
     */
    public Closeable bindMeters(CamelContext context, String componentName) {
        return SevenTargetsMeters.bind(context, componentName, this);
    }

    private Tally tally(Key key) {
        Tally tally = tallies.get(key);
        if (tally != null) {
            return tally;
        }
        boolean[] created = new boolean[1];
        tally = tallies.computeIfAbsent(key, k -> {
            created[0] = true;
            return new Tally();
        });
        if (created[0]) {
            for (BiConsumer<Key, Tally> listener : newSeriesListeners) {
                listener.accept(key, tally);
            }
        }
        return tally;
    }
}
