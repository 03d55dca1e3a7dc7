package com.seventargets.benchmarks;

import com.seventargets.camel.model.Lead;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/** New leads with unique e-mails (so the simulator creates, never merges), the same shape for every variant. */
final class LeadFactory {

    private final String prefix = "b" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffL) + "-";
    private final AtomicLong sequence = new AtomicLong();

    /** The next lead. */
    Lead next() {
        return lead(sequence.incrementAndGet());
    }

    /** The lead for row {@code n}: what a user's mapping of one CSV row would build. */
    Lead lead(long n) {
        Lead lead = new Lead();
        lead.setName("Bench");
        lead.setLastName("Lead " + n);
        lead.setEmail(prefix + n + "@bench.test");
        lead.setAssistantEmail(Target.ASSISTANT);
        lead.setSource("Benchmark");
        lead.setContext("Asked for a demo of the product on the pricing page");
        lead.setPhone("+919123456789");
        return lead;
    }
}
