package com.seventargets.camel.metrics;

import com.seventargets.camel.metrics.SevenTargetsStats.Kind;
import com.seventargets.camel.metrics.SevenTargetsStats.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The counts on their own: what outcome a status is, and what a call in flight and a call ended count. */
class SevenTargetsStatsTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"199, client_error", "200, success", "201, success", "299, success", "300, client_error",
        "399, client_error", "400, client_error", "428, client_error", "429, rate_limited", "499, client_error",
        "500, server_error", "503, server_error", "599, server_error"})
    void theOutcomeOfAStatus(int status, Outcome outcome) {
        assertThat(Outcome.of(status)).isEqualTo(outcome);
    }

    @Test
    void aCallIsInFlightUntilItEndsAndCountedOnlyIfItWasSent() {
        SevenTargetsStats stats = new SevenTargetsStats();

        long first = stats.callStarted();
        long second = stats.callStarted();
        assertThat(stats.inFlight()).isEqualTo(2);
        stats.callEnded("create", Outcome.success, first);
        stats.callEnded("create", null, second); // no token: nothing was sent

        assertThat(stats.inFlight()).isZero();
        assertThat(stats.count(Kind.REQUESTS, "create", "success")).isEqualTo(1);
        assertThat(stats.total(Kind.REQUESTS)).isEqualTo(1);
        assertThat(stats.count(Kind.REQUESTS, "update", "success")).as("never happened").isZero();
    }
}
