package com.seventargets.camel;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static com.seventargets.camel.TestLeads.lead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Options that change what is sent, and the checks that refuse an endpoint before anything is sent.
 */
class OptionsTest extends SevenTargetsTestSupport {

    static Stream<Arguments> refusedOptions() {
        return Stream.of(
                Arguments.of("proxyHost=127.0.0.1", "Option proxyPort is missing: it is needed with proxyHost 127.0.0.1"),
                Arguments.of("maxRetries=-1", "Options maxRetries -1, retryDelay 500 ms and maxRetryDelay 30000 ms: none may be negative"),
                Arguments.of("retryDelay=-1", "retryDelay -1 ms"),
                Arguments.of("retryDelay=2000&maxRetryDelay=1000",
                        "maxRetryDelay 1000 ms: none may be negative, and maxRetryDelay must not be less than retryDelay"),
                Arguments.of("connectionsPerRoute=0", "Options connectionsPerRoute 0 and maxTotalConnections"),
                Arguments.of("maxTotalConnections=0", "maxTotalConnections 0: both must be 1 or more"),
                Arguments.of("maxRequestsPerSecond=-1", "Option maxRequestsPerSecond -1: it must be 0 (no pacing) or more"),
                Arguments.of("maxResponseSize=1023", "Option maxResponseSize 1023 bytes: it must be 1024 or more"),
                Arguments.of("assistantCacheTtl=-1", "Option assistantCacheTtl -1 ms: it must not be negative"),
                Arguments.of("page=-1", "page -1 and size 10: page must be 0 or more, size 1 or more"),
                Arguments.of("size=0", "page 0 and size 0: page must be 0 or more, size 1 or more"),
                Arguments.of("baseUrl=https://api.example.com&proxyHost=10.0.0.1&proxyPort=3128",
                        "Plain http URL 'http://127.0.0.1:" + simulator().port() + "/oauth2/token' is refused with proxy"
                        + " 10.0.0.1: the proxy would see the credentials unencrypted"),
                Arguments.of("tokenUrl=https://login.example.com/oauth2/token&proxyHost=10.0.0.1&proxyPort=3128",
                        "Plain http URL 'http://127.0.0.1:" + simulator().port() + "' is refused with proxy 10.0.0.1"),
                Arguments.of("baseUrl=http://[2001:db8::1]:8080", "Option baseUrl 'http://[2001:db8::1]:8080' is refused"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"maxRetries=0", "retryDelay=0", "retryDelay=1000&maxRetryDelay=1000",
        "connectionsPerRoute=1&maxTotalConnections=1", "maxRequestsPerSecond=0", "maxResponseSize=1024",
        "assistantCacheTtl=0", "page=0&size=1", "baseUrl=http://[::1]:1", "proxyHost=localhost&proxyPort=3128"})
    void theLeastValueOfAnOptionIsAccepted(String options) {
        assertThat(context.getEndpoint("seventargets:lead?" + options)).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedOptions")
    void anEndpointWithAnImpossibleOptionIsRefusedWhenCreated(String options, String problem) {
        assertThatThrownBy(() -> context.getEndpoint("seventargets:lead?" + options))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining(problem);
        assertThat(simulator().journal()).isEmpty();
    }

    @Test
    void pageAndSearchStringInTheUriAreSentAsTheListingsQuery() {
        template.requestBody("seventargets:assistant?page=1&size=2&searchString=Sales", null, List.class);

        assertThat(simulator().journal("/leads/assistant")).singleElement()
                .satisfies(r -> assertThat(r.query()).contains("page=1", "size=2", "searchString=Sales"));
    }

    @Test
    void anEmptyScopeAsksForTheClientsDefaultScopes() {
        template.sendBody("seventargets:lead?scope=", lead("Scoped", "scoped@example.com"));

        assertThat(simulator().journal("/oauth2/token")).singleElement()
                .satisfies(r -> assertThat(r.body()).isEqualTo("grant_type=client_credentials"));
        assertThat(simulator().leadByEmail("scoped@example.com")).isPresent();
    }

    @Test
    void maxTotalConnectionsCapsTheCallsUnderWayBelowConnectionsPerRoute() throws Exception {
        simulator().faults().onPath("/leads").rate(1.0).delay(Duration.ofMillis(200));

        List<Exchange> sent = TestLeads.sendAtOnce(template, "seventargets:lead?connectionsPerRoute=10&maxTotalConnections=2",
                TestLeads.leads("Capped", 8));

        assertThat(sent).allSatisfy(exchange -> assertThat(exchange.getException()).isNull());
        assertThat(simulator().leads()).hasSize(8);
        assertThat(simulator().mostConcurrentRequests()).as("8 senders, 2 connections in all").isEqualTo(2);
    }
}
