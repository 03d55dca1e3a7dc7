package com.seventargets.examples.quarkus;

import com.seventargets.camel.SevenTargetsValidationException;
import org.apache.camel.Exchange;

/**
 * The reason a message went to a dead-letter queue or topic, in a header beside the original message; the reason of a
 * CSV row in its results file.
 */
public final class FailureReason {

    /** A valid JMS and Kafka header name. */
    public static final String HEADER = "leadRejectedReason";
    /**
     * The longest reason kept, in characters, whatever an exception's message holds: a dead letter must fit in what
     * its broker accepts (1 MiB per record, headers included, is Kafka's default).
     */
    static final int MAX_LENGTH = 1000;

    private FailureReason() {
    }

    /** Puts the message of the exception that failed the exchange in {@link #HEADER}. */
    static void setHeader(Exchange exchange) {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        exchange.getMessage().setHeader(HEADER, failure == null ? "unknown" : cut(String.valueOf(failure.getMessage())));
    }

    /** The failure's reason, in at most {@link #MAX_LENGTH} characters: a lead's problems, or the message. */
    static String describe(Throwable failure) {
        if (failure instanceof SevenTargetsValidationException invalid) {
            return cut(String.join("; ", invalid.getProblems()));
        }
        return failure == null ? "unknown" : cut(String.valueOf(failure.getMessage()));
    }

    private static String cut(String reason) {
        return reason.length() <= MAX_LENGTH ? reason : reason.substring(0, MAX_LENGTH - 1) + "\u2026";
    }
}
