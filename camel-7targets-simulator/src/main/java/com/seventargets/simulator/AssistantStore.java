package com.seventargets.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** The assistants: read on every lead call and listing, written rarely, so copy-on-write. */
final class AssistantStore {

    /** Seeded assistants were last modified one day apart from this instant, the first one oldest. */
    private static final Instant SEED_EPOCH = Instant.parse("2024-01-01T09:00:00Z");

    private final List<Assistant> assistants = new CopyOnWriteArrayList<>();
    private final Map<String, Assistant> byEmail = new ConcurrentHashMap<>();
    private long nextId = 1;

    /**
     * Replaces every assistant with {@code count} seeded ones: "Assistant i", assistant<i>@simulator.7targets.test;
     * assistants 2, 5, 8, ... have a null {@code description} and {@code role}, as the document's second sample.
     */
    synchronized void reseed(int count) {
        assistants.clear();
        byEmail.clear();
        nextId = 1;
        for (int i = 1; i <= count; i++) {
            add("Assistant " + i, "assistant" + i + "@simulator.7targets.test", SEED_EPOCH.plus(Duration.ofDays(i - 1)),
                    i % 3 != 2);
        }
    }

    /** Adds an assistant last modified now, with a description and a role. */
    Assistant add(String name, String emailid) {
        return add(name, emailid, Instant.now().truncatedTo(ChronoUnit.SECONDS), true);
    }

    private synchronized Assistant add(String name, String emailid, Instant lastModified, boolean withProfile) {
        if (name == null || name.isBlank() || emailid == null || emailid.isBlank()) {
            throw new IllegalArgumentException("an assistant needs a name and an email");
        }
        String key = emailid.toLowerCase(Locale.ROOT);
        if (byEmail.containsKey(key)) {
            throw new IllegalArgumentException("an assistant with this email already exists");
        }
        Assistant assistant = Assistant.of(nextId++, name, emailid, lastModified, withProfile);
        assistants.add(assistant);
        byEmail.put(key, assistant);
        return assistant;
    }

    /** The assistant with this email, ignoring case. */
    Optional<Assistant> byEmail(String emailid) {
        return Optional.ofNullable(byEmail.get(emailid.toLowerCase(Locale.ROOT)));
    }

    /** The assistant with this id. */
    Optional<Assistant> byId(long id) {
        return assistants.stream().filter(a -> a.id() == id).findFirst();
    }

    /** All assistants, in id order. */
    List<Assistant> all() {
        return List.copyOf(assistants);
    }
}
