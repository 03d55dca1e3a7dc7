package com.seventargets.camel;

import java.io.IOException;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each producer reports in Camel's producers health-check repository whether it can get an access token.
 */
class HealthCheckTest extends SevenTargetsTestSupport {

    private static int closedPort;

    @Override
    protected RouteBuilder createRouteBuilder() throws IOException {
        closedPort = CamelAssertions.closedPort();
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:good").routeId("good").to("seventargets:lead");
                from("direct:badClient").routeId("badClient").to("seventargets:lead?clientId=unknown-client");
                from("direct:unreachable").routeId("unreachable").to("seventargets:assistant?maxRetries=0&tokenUrl="
                                                                     + "http://127.0.0.1:" + closedPort + "/oauth2/token");
            }
        };
    }

    @BeforeEach
    void enableProducerChecks() {
        HealthCheckRepository producers = HealthCheckHelper.getHealthCheckRepository(context, "producers");
        assertThat(producers).as("camel-health provides the producers repository").isNotNull();
        producers.setEnabled(true);
    }

    @Test
    void reportsUpWhenATokenCanBeHadAndDownWithTheReasonOtherwise() {
        Map<String, HealthCheck.Result> results = seventargetsChecks();

        assertThat(results).hasSize(3);
        HealthCheck.Result good = result(results, "lead", null);
        HealthCheck.Result badClient = result(results, "lead", "clientId");
        HealthCheck.Result unreachable = result(results, "assistant", null);
        assertThat(good.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(badClient.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(badClient.getMessage()).hasValueSatisfying(m -> assertThat(m)
                .startsWith("7Targets refused the credentials").contains("invalid_client"));
        assertThat(badClient.getDetails()).containsEntry("error", "invalid_client");
        assertThat(unreachable.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(unreachable.getMessage()).hasValueSatisfying(m -> assertThat(m)
                .startsWith("7Targets cannot be reached").contains("127.0.0.1:" + closedPort));
        assertThat(simulator().journal("/leads")).as("a health check sends no lead").isEmpty();
    }

    @Test
    void aCachedTokenKeepsTheCheckUpWithoutAskingAgain() {
        template.sendBody("direct:good", "{\"name\":\"Ada\",\"email\":\"ada@example.com\"}");
        seventargetsChecks(); // the bad client asks once here, and its refusal is remembered
        int tokenRequests = simulator().tokenRequestCount();

        HealthCheck.Result good = result(seventargetsChecks(), "lead", null);

        assertThat(good.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(simulator().tokenRequestCount()).as("the good endpoint's token is cached, the refusal remembered")
                .isEqualTo(tokenRequests);
    }

    @Test
    void aRefusalForOneAssistantIsADetailAndOnlyARefusalOfEveryCallTurnsTheCheckDown() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:wrongUser").to("seventargets:lead?scope=leads/post&userIdentifier=RAW(not-the-user)");
            }
        });
        assertThat(result(seventargetsChecks(), "lead", "scope").getState()).as("credentials alone are fine")
                .isEqualTo(HealthCheck.State.UP);

        CamelAssertions.assertThrowsCause(SevenTargetsAuthenticationException.class,
                () -> template.sendBody("direct:wrongUser", "{\"name\":\"Ada\",\"email\":\"ada@example.com\"}"));
        HealthCheck.Result oneAssistant = result(seventargetsChecks(), "lead", "scope");

        assertThat(oneAssistant.getState()).as("the lead's assistant, not every call").isEqualTo(HealthCheck.State.UP);
        assertThat(oneAssistant.getDetails()).containsEntry("refusedAssistants", 1);

        CamelAssertions.assertThrowsCause(SevenTargetsAuthenticationException.class,
                () -> template.sendBodyAndHeader("direct:wrongUser", "{\"email\":\"ada@example.com\"}",
                        SevenTargetsConstants.OPERATION, "update"));
        HealthCheck.Result wrongUser = result(seventargetsChecks(), "lead", "scope");

        assertThat(wrongUser.getState()).as("a call naming no assistant").isEqualTo(HealthCheck.State.DOWN);
        assertThat(wrongUser.getMessage()).hasValueSatisfying(m -> assertThat(m)
                .startsWith("7Targets refused the user identifier").contains("check the option userIdentifier")
                .doesNotContain("not-the-user"));
        assertThat(wrongUser.getDetails()).containsEntry("error", SevenTargetsAuthenticationException.USER_REFUSED);
    }

    private Map<String, HealthCheck.Result> seventargetsChecks() {
        return HealthCheckHelper.getHealthCheckRepository(context, "producers").stream()
                .filter(check -> check.getId().startsWith("producer:seventargets-"))
                .map(HealthCheck::call)
                .collect(Collectors.toMap(r -> r.getCheck().getId(), r -> r));
    }

    private HealthCheck.Result result(Map<String, HealthCheck.Result> results, String resource, String uriPart) {
        return results.values().stream()
                .filter(r -> resource.equals(r.getDetails().get("resource")))
                .filter(r -> {
                    String uri = ((SevenTargetsProducerHealthCheck) r.getCheck()).endpointUri();
                    return uriPart == null ? !uri.contains("clientId") : uri.contains(uriPart);
                })
                .findFirst().orElseThrow();
    }
}
