package com.seventargets.examples.quarkus;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

class FailureReasonTest {

    @Test
    void longReasonIsCutToWhatABrokerAccepts() {
        Exchange exchange = failedWith("x".repeat(2_000_000));

        FailureReason.setHeader(exchange);

        String reason = exchange.getMessage().getHeader(FailureReason.HEADER, String.class);
        assertThat(reason).hasSize(FailureReason.MAX_LENGTH).startsWith("xxx").endsWith("\u2026");
    }

    @Test
    void shortReasonIsKeptWhole() {
        Exchange exchange = failedWith("email is missing (mandatory)");

        FailureReason.setHeader(exchange);

        assertThat(exchange.getMessage().getHeader(FailureReason.HEADER)).isEqualTo("email is missing (mandatory)");
    }

    private static Exchange failedWith(String message) {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.setProperty(Exchange.EXCEPTION_CAUGHT, new IllegalStateException(message));
        return exchange;
    }
}
