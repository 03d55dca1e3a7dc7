package com.seventargets.examples.quarkus;

import java.util.concurrent.atomic.AtomicInteger;

import com.seventargets.camel.SevenTargetsConstants;
import org.apache.camel.Exchange;

/**
 * How many leads of one CSV file were created, found created before (not sent again) and rejected. The split rows share their file's counts: Camel copies
 * exchange properties by reference.
 */
public final class LeadCounts {

    static final String PROPERTY = "leadCounts";

    private final AtomicInteger created = new AtomicInteger();
    private final AtomicInteger alreadyCreated = new AtomicInteger();
    private final AtomicInteger rejected = new AtomicInteger();

    /** Starts the counts of the file in this exchange. */
    static void start(Exchange exchange) {
        exchange.setProperty(PROPERTY, new LeadCounts());
    }

    /** Counts the row in this exchange as created, or as created before (not sent again). */
    static void createdOrAlready(Exchange exchange) {
        LeadCounts counts = of(exchange);
        boolean duplicate = exchange.getMessage().getHeader(SevenTargetsConstants.DUPLICATE, false, Boolean.class);
        (duplicate ? counts.alreadyCreated : counts.created).incrementAndGet();
    }

    /** Counts the row in this exchange as rejected. */
    static void rejected(Exchange exchange) {
        of(exchange).rejected.incrementAndGet();
    }

    private static LeadCounts of(Exchange exchange) {
        return exchange.getProperty(PROPERTY, LeadCounts.class);
    }

    @Override
    public String toString() {
        return created + " created, " + alreadyCreated + " already created, " + rejected + " rejected";
    }
}
