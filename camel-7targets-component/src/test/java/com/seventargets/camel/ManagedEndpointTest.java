package com.seventargets.camel;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.management.JMException;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.junit.jupiter.api.Test;

import static com.seventargets.camel.CamelAssertions.awaitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The endpoint's JMX attributes, read through the platform MBeanServer as an operator's JMX console reads them.
 */
class ManagedEndpointTest extends SevenTargetsTestSupport {

    @Override
    public void configureTest(TestExecutionConfiguration testExecutionConfiguration) {
        super.configureTest(testExecutionConfiguration);
        testExecutionConfiguration.withEnableJMX();
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return MetricsScenario.route();
    }

    @Test
    void showsTheCountsAndTheTokensStateButNeverTheToken() throws Exception {
        MetricsScenario.send(template);
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        ObjectName endpoint = seventargetsEndpoint(server);

        assertThat(server.getAttribute(endpoint, "Requests")).isEqualTo(10L);
        assertThat(server.getAttribute(endpoint, "RequestsSucceeded")).isEqualTo(10L);
        assertThat(server.getAttribute(endpoint, "RequestsServerError")).isEqualTo(0L);
        assertThat(server.getAttribute(endpoint, "Invalid")).isEqualTo(2L);
        assertThat(server.getAttribute(endpoint, "Duplicates")).isEqualTo(1L);
        assertThat(server.getAttribute(endpoint, "Retries")).isEqualTo(2L);
        assertThat(server.getAttribute(endpoint, "InFlight")).isEqualTo(0);
        assertThat(server.getAttribute(endpoint, "TokenRequests")).isEqualTo(1L);
        assertThat(server.getAttribute(endpoint, "TokenFetches")).isEqualTo(1L);
        assertThat(server.getAttribute(endpoint, "LastTokenRefusal")).isNull();
        assertThat(Instant.parse((String) server.getAttribute(endpoint, "TokenValidUntil")))
                .isBetween(Instant.now().plusSeconds(3000), Instant.now().plusSeconds(3600));

        String token = simulator().issuedTokens().get(0);
        for (MBeanAttributeInfo attribute : server.getMBeanInfo(endpoint).getAttributes()) {
            assertThat(String.valueOf(server.getAttribute(endpoint, attribute.getName())))
                    .as(attribute.getName()).doesNotContain(token, simulator().clientSecret(),
                            simulator().userIdentifier());
        }
    }

    @Test
    void showsWhyTheTokenEndpointLastRefusedTheCredentials() throws Exception {
        simulator().faults().onPath("/oauth2/token").times(1)
                .respondRaw(400, "application/json", "{\"error\": \"invalid_client\"}");
        template.send(MetricsScenario.ROUTE, e -> e.getMessage().setBody(TestLeads.lead("Ada", "ada@example.com")));
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        ObjectName endpoint = seventargetsEndpoint(server);

        assertThat(server.getAttribute(endpoint, "LastTokenRefusal")).isEqualTo("invalid_client");
        assertThat(server.getAttribute(endpoint, "TokenValidUntil")).isNull();
        assertThat(server.getAttribute(endpoint, "TokenFetches")).isEqualTo(1L);
        assertThat(server.getAttribute(endpoint, "Requests")).isEqualTo(0L);
    }

    @Test
    void countsEachWayACallCanEndAndTheCallsUnderWay() throws Exception {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        ObjectName endpoint = seventargetsEndpoint(server);
        simulator().faults().onPath("/leads").times(1).respond(400);
        createFails("client@example.com");
        simulator().faults().onPath("/leads").times(1).respond(500);
        createFails("server@example.com");
        // beyond maxRetryDelay: not waited for
        simulator().faults().onPath("/leads").times(1).respond(429, "Retry-After", "3600");
        createFails("limited@example.com");
        // no answer to a create: not sent again
        simulator().faults().onPath("/leads").times(1).dropConnection();
        createFails("lost@example.com");

        assertThat(server.getAttribute(endpoint, "RequestsClientError")).isEqualTo(1L);
        assertThat(server.getAttribute(endpoint, "RequestsServerError")).isEqualTo(1L);
        assertThat(server.getAttribute(endpoint, "RequestsRateLimited")).isEqualTo(1L);
        assertThat(server.getAttribute(endpoint, "RequestsIoError")).isEqualTo(1L);
        assertThat(server.getAttribute(endpoint, "Requests")).isEqualTo(4L);

        // each create is held until two are under way: the first is seen in flight, then the second releases both
        simulator().faults().onPath("/leads").times(2).holdUntilUnderWay(2, Duration.ofSeconds(60));
        CompletableFuture<Exchange> first = template.asyncSend(MetricsScenario.ROUTE,
                e -> e.getMessage().setBody(TestLeads.lead("Held", "held@example.com")));
        awaitUntil(Duration.ofSeconds(30), () -> inFlight(server, endpoint) == 1);
        CompletableFuture<Exchange> second = template.asyncSend(MetricsScenario.ROUTE,
                e -> e.getMessage().setBody(TestLeads.lead("Release", "release@example.com")));
        assertThat(first.get(60, TimeUnit.SECONDS).getException()).isNull();
        assertThat(second.get(60, TimeUnit.SECONDS).getException()).isNull();
        assertThat(server.getAttribute(endpoint, "InFlight")).isEqualTo(0);
    }

    private static int inFlight(MBeanServer server, ObjectName endpoint) {
        try {
            return (Integer) server.getAttribute(endpoint, "InFlight");
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
    }

    private void createFails(String email) {
        assertThat(template.send(MetricsScenario.ROUTE, e -> e.getMessage().setBody(TestLeads.lead("Ada", email)))
                .getException()).as(email).isInstanceOf(SevenTargetsCallFailure.class);
    }

    private ObjectName seventargetsEndpoint(MBeanServer server) throws Exception {
        Set<ObjectName> names = server.queryNames(new ObjectName("org.apache.camel:context="
                                                                 + context.getManagementName()
                                                                 + ",type=endpoints,*"), null);
        return names.stream().filter(name -> name.getKeyProperty("name").contains("seventargets")).findFirst()
                .orElseThrow(() -> new AssertionError("no seventargets endpoint among " + names));
    }
}
