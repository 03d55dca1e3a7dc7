package com.seventargets.camel;

import java.util.stream.Stream;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.seventargets.camel.TestLeads.lead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Answers no honest server gives, from the token endpoint or the API: each fails the call with our exception naming
 * the limit and the URL, after a bounded read, and the next call works.
 */
class HostileAnswersTest extends SevenTargetsTestSupport {

    /** What the client may have read, and what the kernel's buffers hold, with room to spare. */
    private static final long READ_AT_MOST = 16L * 1024 * 1024;

    static Stream<Arguments> hostileAnswers() {
        String body = "is over 4194304 bytes (option maxResponseSize)";
        String headers = "has a header line over 8192 characters or more than 100 headers";
        return Stream.of(
                arguments("an endless body", (HostileServer.Answer) HostileServer::endlessBody, body),
                arguments("an endless header line", (HostileServer.Answer) HostileServer::endlessHeaderLine, headers),
                arguments("endless header lines", (HostileServer.Answer) HostileServer::endlessHeaders, headers));
    }

    @ParameterizedTest(name = "{0} from the token endpoint")
    @MethodSource("hostileAnswers")
    void fromTheTokenEndpoint(String description, HostileServer.Answer answer, String limit) throws Exception {
        try (HostileServer hostile = new HostileServer(answer)) {
            String tokenUrl = hostile.url() + "/oauth2/token";

            Exchange sent = template.request("seventargets:lead?tokenUrl=" + tokenUrl,
                    exchange -> exchange.getIn().setBody(lead("Ada", "ada@example.com")));

            assertThat(sent.getException()).isInstanceOf(SevenTargetsConnectionException.class)
                    .hasMessageContaining("The answer of " + tokenUrl + " " + limit)
                    .hasMessageNotContaining(simulator().clientSecret());
            assertThat(hostile.bytesWritten()).isLessThan(READ_AT_MOST);
        }
        assertThat(template.request("seventargets:lead", exchange -> exchange.getIn().setBody(
                lead("Bea", "bea@example.com"))).getException()).isNull();
    }

    @ParameterizedTest(name = "{0} from the API")
    @MethodSource("hostileAnswers")
    void fromTheApi(String description, HostileServer.Answer answer, String limit) throws Exception {
        try (HostileServer hostile = new HostileServer(answer)) {
            Exchange sent = template.request("seventargets:lead?operation=update&baseUrl=" + hostile.url(),
                    exchange -> exchange.getIn().setBody(lead("Ada", "ada@example.com")));

            assertThat(sent.getException()).isInstanceOf(SevenTargetsConnectionException.class)
                    .hasMessageContaining("The answer of " + hostile.url() + "/leads " + limit);
            assertThat(((SevenTargetsConnectionException) sent.getException()).getAttempts())
                    .as("an answer over a limit is not asked for again").isEqualTo(1);
            assertThat(hostile.bytesWritten()).isLessThan(READ_AT_MOST);
        }
    }

    @Test
    void maxResponseSizeLimitsTheBodyRead() {
        Exchange small = template.request("seventargets:assistant?size=12&maxResponseSize=1024", exchange -> {
        });
        Exchange large = template.request("seventargets:assistant?size=12", exchange -> {
        });

        assertThat(small.getException()).isInstanceOf(SevenTargetsConnectionException.class)
                .hasMessageContaining("The answer of " + simulator().baseUrl() + "/leads/assistant is over 1024 bytes"
                                      + " (option maxResponseSize)");
        assertThat(large.getException()).isNull();
    }
}
