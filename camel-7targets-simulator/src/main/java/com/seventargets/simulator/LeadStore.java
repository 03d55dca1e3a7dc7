package com.seventargets.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The leads, by id and by email (ignoring case). Each lead is kept as its serialized JSON, compact for long
 * benchmarks. One lock guards every change.
 */
final class LeadStore {

    private final Object lock = new Object();
    private final Map<Long, byte[]> byId = new LinkedHashMap<>();
    private final Map<String, Long> idByEmail = new HashMap<>();
    private long nextId = 1;

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

    /** Removes every lead and restarts the ids from 1. */
    void clear() {
        synchronized (lock) {
            byId.clear();
            idByEmail.clear();
            nextId = 1;
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
