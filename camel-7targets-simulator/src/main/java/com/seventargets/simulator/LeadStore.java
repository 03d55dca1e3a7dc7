package com.seventargets.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The leads, by id and by email (ignoring case), at most {@code capacity}: a new lead beyond it evicts the oldest,
 * which the log says. Each lead is kept as its serialized JSON, compact for long benchmarks. One lock guards every
 * change.
 */
final class LeadStore {

    private static final Logger LOG = LoggerFactory.getLogger(LeadStore.class);
    /** After the first eviction, the log says how many were evicted once every so many. */
    private static final int LOG_EVERY = 10_000;

    private final Object lock = new Object();
    private final Map<Long, byte[]> byId = new LinkedHashMap<>();
    private final Map<String, Long> idByEmail = new HashMap<>();
    private final int capacity;
    private long nextId = 1;
    private long evicted;

    LeadStore(int capacity) {
        this.capacity = capacity;
    }

    /**
     * Stores {@code fresh} under the next id, unless a lead with this email exists: then applies
     * {@code merge} to that lead instead. Returns the lead as stored (a copy: changing it changes nothing).
     */
    ObjectNode createOrMerge(String email, ObjectNode fresh, Consumer<ObjectNode> merge) {
        String key = key(email);
        synchronized (lock) {
            Long existing = idByEmail.get(key);
            if (existing != null) {
                return change(existing, merge);
            }
            if (byId.size() >= capacity) {
                evictOldest();
            }
            long id = nextId++;
            fresh.put("id", id);
            byId.put(id, Json.bytes(fresh));
            idByEmail.put(key, id);
            return fresh;
        }
    }

    /**
     * Applies {@code change} to the lead with this id, or when {@code id} is null to the lead with
     * this email, and returns it as stored (a copy). Empty if there is none. A change that throws leaves the lead as
     * it was.
     */
    Optional<ObjectNode> modify(Long id, String email, Consumer<ObjectNode> change) {
        synchronized (lock) {
            Long found = id != null ? (byId.containsKey(id) ? id : null) : idByEmail.get(key(email));
            return found == null ? Optional.empty() : Optional.of(change(found, change));
        }
    }

    /** The JSON of the lead with this id. */
    Optional<byte[]> byId(long id) {
        synchronized (lock) {
            return Optional.ofNullable(byId.get(id));
        }
    }

    /** The JSON of the lead with this email. */
    Optional<byte[]> byEmail(String email) {
        synchronized (lock) {
            return Optional.ofNullable(idByEmail.get(key(email))).map(byId::get);
        }
    }

    /** The JSON of every lead, in id order. */
    List<byte[]> all() {
        synchronized (lock) {
            return new ArrayList<>(byId.values());
        }
    }

    /** How many leads are held. */
    int size() {
        synchronized (lock) {
            return byId.size();
        }
    }

    /** How many leads were evicted to stay within the capacity. */
    long evicted() {
        synchronized (lock) {
            return evicted;
        }
    }

    /** Removes every lead, restarts the ids from 1 and the evicted count from 0. */
    void clear() {
        synchronized (lock) {
            byId.clear();
            idByEmail.clear();
            nextId = 1;
            evicted = 0;
        }
    }

    private void evictOldest() {
        Iterator<Map.Entry<Long, byte[]>> oldest = byId.entrySet().iterator();
        Map.Entry<Long, byte[]> lead = oldest.next();
        oldest.remove();
        idByEmail.remove(key(Json.parseObject(lead.getValue()).path("email").asText()));
        evicted++;
        if (evicted == 1) {
            LOG.warn("The simulator holds its most leads ({}): from now on each new lead evicts the oldest "
                    + "(first evicted: id {}); raise maxLeads (--max-leads) to keep more", capacity, lead.getKey());
        } else if (evicted % LOG_EVERY == 0) {
            LOG.info("{} leads evicted so far to stay within {} leads held", evicted, capacity);
        }
    }

    private ObjectNode change(long id, Consumer<ObjectNode> change) {
        ObjectNode lead = Json.parseObject(byId.get(id));
        change.accept(lead);
        byId.put(id, Json.bytes(lead));
        return lead;
    }

    private static String key(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
