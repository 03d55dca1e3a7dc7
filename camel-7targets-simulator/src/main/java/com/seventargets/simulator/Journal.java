package com.seventargets.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every request received, in arrival order, capped to the most recent {@code capacity} so a long
 * benchmark cannot exhaust memory. Recording is lock-free; copies are made only for snapshots.
 */
final class Journal {

    static final int DEFAULT_CAPACITY = 100_000;

    private final ConcurrentLinkedQueue<Entry> entries = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final int capacity;

    Journal(int capacity) {
        this.capacity = capacity;
    }

    /** Records a request on arrival; the caller sets its status once the answer is chosen. */
    Entry record(SimRequest request) {
        Entry entry = new Entry(request);
        entries.add(entry);
        if (size.incrementAndGet() > capacity && entries.poll() != null) {
            size.decrementAndGet();
        }
        return entry;
    }

    List<RecordedRequest> snapshot() {
        return snapshot(null);
    }

    /** The recorded requests whose path equals {@code path} exactly (all of them if null). */
    List<RecordedRequest> snapshot(String path) {
        List<RecordedRequest> copy = new ArrayList<>();
        for (Entry entry : entries) {
            if (path == null || path.equals(entry.request.path())) {
                copy.add(entry.toRecord());
            }
        }
        return Collections.unmodifiableList(copy);
    }

    void clear() {
        while (entries.poll() != null) {
            size.decrementAndGet();
        }
    }

    /** A journal slot: the request as received and the status it was answered with. */
    static final class Entry {
        private final SimRequest request;
        private final Instant receivedAt = Instant.now();
        private volatile int status;

        private Entry(SimRequest request) {
            this.request = request;
        }

        void status(int answered) {
            this.status = answered;
        }

        private RecordedRequest toRecord() {
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            request.headers().forEach((name, values) -> headers.put(name, List.copyOf(values)));
            return new RecordedRequest(request.method(), request.path(), request.rawQuery(),
                    Collections.unmodifiableMap(headers), request.body(), status, receivedAt);
        }
    }
}
