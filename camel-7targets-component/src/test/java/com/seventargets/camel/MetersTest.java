package com.seventargets.camel;

import java.util.concurrent.TimeUnit;

import com.seventargets.simulator.SevenTargetsSimulator;

import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.service.ServiceHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.seventargets.camel.TestLeads.lead;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The component's Micrometer meters, in the MeterRegistry bound in the Camel registry, count exactly what was done.
 */
class MetersTest extends SevenTargetsTestSupport {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getRegistry().bind("meterRegistry", MeterRegistry.class, registry);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return MetricsScenario.route();
    }

    @Test
    void countsRequestsInvalidLeadsDuplicatesRetriesAndTokenRequests() {
        MetricsScenario.send(template);

        FunctionTimer created = registry.get("seventargets.requests").tags("operation", "create", "outcome", "success")
                .functionTimer();
        assertThat(created.count()).isEqualTo(10);
        assertThat(created.totalTime(TimeUnit.NANOSECONDS)).isPositive();
        assertThat(registry.get("seventargets.requests").functionTimers()).hasSize(1);
        assertThat(registry.get("seventargets.invalid").tags("operation", "create").functionCounter().count())
                .isEqualTo(2);
        assertThat(registry.get("seventargets.duplicates").tags("operation", "create").functionCounter().count())
                .isEqualTo(1);
        assertThat(registry.get("seventargets.retries").functionCounters())
                .extracting(counter -> counter.getId().getTag("operation") + " " + counter.getId().getTag("reason")
                                       + " " + counter.count())
                .containsExactlyInAnyOrder("create 503 1.0", "create 429 1.0");
        assertThat(registry.get("seventargets.token.requests").tags("outcome", "success").functionCounter().count())
                .isEqualTo(1);
        assertThat(registry.get("seventargets.token.requests").functionCounters()).hasSize(1);
        assertThat(registry.get("seventargets.in.flight").gauge().value()).isZero();
    }

    @Test
    void noTagCarriesASecretAnEmailOrALeadField() {
        MetricsScenario.send(template);

        assertThat(registry.getMeters()).flatExtracting(meter -> meter.getId().getTags()).extracting(Tag::getValue)
                .allMatch(value -> value.matches("[a-zA-Z0-9_-]+"))
                .doesNotContain(simulator().clientId(), simulator().clientSecret(), simulator().userIdentifier());
    }

    @Test
    void everyMeterNamesItsContextAndItsComponent() {
        MetricsScenario.send(template);

        assertThat(registry.getMeters()).allSatisfy(meter -> {
            assertThat(meter.getId().getTag("camelContext")).isEqualTo(context.getName());
            assertThat(meter.getId().getTag("component")).isEqualTo("seventargets");
        });
    }

    /**
     * A second component, named by the Camel registry (as in Spring Boot: found when its first endpoint is resolved)
     * or added to the running context (which starts it before it knows its name).
     */
    @ParameterizedTest(name = "bound in the registry: {0}")
    @ValueSource(booleans = { true, false })
    void twoComponentsInOneRegistryCountApartAndStoppingOneLeavesTheOthersMeters(boolean inRegistry) throws Exception {
        try (SevenTargetsSimulator eu = SevenTargetsSimulator.builder().clientId("eu-client").clientSecret("eu-secret")
                .userIdentifier("eu-user").build().start()) {
            SevenTargetsComponent euComponent = componentFor(eu);
            if (inRegistry) {
                context.getRegistry().bind("seventargets-eu", euComponent);
            } else {
                context.addComponent("seventargets-eu", euComponent);
            }
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:eu").routeId("eu").to("seventargets-eu:lead");
                }
            });

            MetricsScenario.send(template);
            template.requestBody("direct:eu", lead("Eva", "eva@example.com"));
            template.requestBody("direct:eu", lead("Emil", "emil@example.com"));

            assertThat(eu.leads()).hasSize(2);
            assertThat(createdBy("seventargets")).isEqualTo(10);
            assertThat(createdBy("seventargets-eu")).isEqualTo(2);
            assertThat(registry.get("seventargets.token.requests").tags("component", "seventargets-eu")
                    .functionCounter().count()).isEqualTo(1);
            assertThat(registry.get("seventargets.in.flight").gauges()).hasSize(2);
            assertThat(registry.getMeters()).flatExtracting(meter -> meter.getId().getTags()).extracting(Tag::getValue)
                    .doesNotContain("eu-client", "eu-secret", "eu-user");

            context.getRouteController().stopRoute("eu");
            ServiceHelper.stopService(euComponent);

            assertThat(registry.find("seventargets.requests").tags("component", "seventargets-eu").meters()).isEmpty();
            assertThat(registry.find("seventargets.in.flight").tags("component", "seventargets-eu").meters()).isEmpty();
            assertThat(createdBy("seventargets")).isEqualTo(10);
            assertThat(registry.get("seventargets.in.flight").tags("component", "seventargets").gauge()).isNotNull();
        }
    }

    private double createdBy(String component) {
        return registry.get("seventargets.requests")
                .tags("component", component, "operation", "create", "outcome", "success").functionTimer().count();
    }

    @Test
    void aCallWhoseTokenIsRefusedIsNoRequest() {
        simulator().faults().onPath("/oauth2/token").times(1)
                .respondRaw(400, "application/json", "{\"error\": \"invalid_client\"}");

        assertThat(template.send(MetricsScenario.ROUTE, e -> e.getMessage().setBody(lead("Ada", "ada@example.com")))
                .getException()).isInstanceOf(SevenTargetsAuthenticationException.class);

        assertThat(registry.find("seventargets.requests").meters()).isEmpty();
        assertThat(registry.get("seventargets.token.requests").tags("outcome", "refused").functionCounter().count())
                .isEqualTo(1);
    }

    @Test
    void aFinal400IsAClientErrorAndA429ThatOutlastsTheRetriesIsRateLimited() {
        simulator().faults().onPath("/leads").times(1).respond(400);
        template.send(MetricsScenario.ROUTE, e -> e.getMessage().setBody(lead("Ada", "ada@example.com")));
        simulator().faults().onPath("/leads").times(1).respond(429, "Retry-After", "3600");
        template.send(MetricsScenario.ROUTE, e -> e.getMessage().setBody(lead("Bob", "bob@example.com")));

        assertThat(registry.get("seventargets.requests").tags("outcome", "client_error").functionTimer().count())
                .isEqualTo(1);
        assertThat(registry.get("seventargets.requests").tags("outcome", "rate_limited").functionTimer().count())
                .isEqualTo(1);
        assertThat(registry.find("seventargets.retries").meters()).isEmpty();
    }

    @Test
    void removesItsMetersWhenTheContextStops() {
        MetricsScenario.send(template);

        context.stop();

        assertThat(registry.getMeters()).extracting(meter -> meter.getId().getName())
                .noneMatch(name -> name.startsWith("seventargets."));
    }
}
