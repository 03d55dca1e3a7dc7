package com.seventargets.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Every request received, in arrival order, within a count of entries and a budget of bytes: the oldest are dropped
 * beyond either, so that a long run or large bodies cannot exhaust memory. Copies are made only for snapshots.
 */
final class Journal {

    /** What an entry costs besides its text: the objects that hold it (an estimate for a 64-bit JVM). */
    private static final int ENTRY_OVERHEAD = 200;
    private static final int STRING_OVERHEAD = 48;

    private final ConcurrentLinkedQueue<Entry> entries = new ConcurrentLinkedQueue<>();
    private final int capacity;
    private final long budget;
    private int size;
    private long bytes;

    Journal(int capacity, long budget) {
        this.capacity = capacity;
        this.budget = budget;
    }

    /** Records a request on arrival; the caller sets its status once the answer is chosen. */
    Entry record(SimRequest request) {
        Entry entry = new Entry(request);
        synchronized (this) {
            entries.add(entry);
            size++;
            bytes += entry.bytes;
            while ((size > capacity || bytes > budget) && size > 0) {
                Entry oldest = entries.poll();
                size--;
                bytes -= oldest.bytes;
            }
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
            if (path == null || path.equals(entry.path)) {
                copy.add(entry.toRecord());
            }
        }
        return Collections.unmodifiableList(copy);
    }

    synchronized void clear() {
        entries.clear();
        size = 0;
        bytes = 0;
    }

    /** A journal slot: the request as received, its estimated size, and the status it was answered with. */
    static final class Entry {
        private final String method;
        private final String path;
        private final String query;
        /** Header names and values, alternating: compact, for a journal of many small requests. */
        private final String[] headers;
        private final String body;
        private final long bytes;
        private final Instant receivedAt = Instant.now();
        private volatile int status;

        private Entry(SimRequest request) {
            this.method = request.method();
            this.path = request.path();
            this.query = request.rawQuery();
            this.body = request.body();
            List<String> flat = new ArrayList<>();
            request.headers().forEach((name, values) -> values.forEach(value -> {
                flat.add(name);
                flat.add(value);
            }));
            this.headers = flat.toArray(String[]::new);
            long estimate = ENTRY_OVERHEAD + size(method) + size(path) + size(query) + size(body);
            for (String text : headers) {
                estimate += size(text);
            }
            this.bytes = estimate;
        }

        void status(int answered) {
            this.status = answered;
        }

        private RecordedRequest toRecord() {
            Map<String, List<String>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (int i = 0; i < headers.length; i += 2) {
                byName.computeIfAbsent(headers[i], name -> new ArrayList<>()).add(headers[i + 1]);
            }
            byName.replaceAll((name, values) -> List.copyOf(values));
            return new RecordedRequest(method, path, query, Collections.unmodifiableMap(byName), body, status,
                    receivedAt);
        }

        private static long size(String text) {
            // a String holds one byte a character (Latin-1) or two (else): count two, to stay on the safe side
            return text == null ? 0 : STRING_OVERHEAD + 2L * text.length();
        }
    }
}
