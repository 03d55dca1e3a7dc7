package com.seventargets.examples.quarkus;

import org.apache.camel.Exchange;

/**
 * The reason a message went to a dead-letter queue or topic, in a header beside the original message.
 */
public final class FailureReason {

    /** A valid JMS and Kafka header name. */
    public static final String HEADER = "leadRejectedReason";

    private FailureReason() {
    }

    /** Puts the message of the exception that failed the exchange in {@link #HEADER}. */
    static void setHeader(Exchange exchange) {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        exchange.getMessage().setHeader(HEADER, failure == null ? "unknown" : failure.getMessage());
    }
}
