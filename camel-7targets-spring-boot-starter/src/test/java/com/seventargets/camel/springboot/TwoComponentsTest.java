package com.seventargets.camel.springboot;

import com.seventargets.camel.SevenTargetsComponent;
import com.seventargets.camel.SevenTargetsConfiguration;
import com.seventargets.simulator.SevenTargetsSimulator;
import com.seventargets.simulator.SevenTargetsSimulatorExtension;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.service.ServiceHelper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Beside the {@code seventargets} component that the properties configure, a second one, a bean named
 * {@code seventargets-eu} with credentials of its own for another account: each sends to its own account, and the
 * meters in Spring Boot's MeterRegistry count them apart.
 */
@SpringBootTest(classes = { TestApplication.class, TwoComponentsTest.EuAccount.class },
                properties = "camel.component.seventargets.assistant-email=" + TestApplication.ASSISTANT)
class TwoComponentsTest {

    @RegisterExtension
    static final SevenTargetsSimulatorExtension SIMULATOR = new SevenTargetsSimulatorExtension();
    static final SevenTargetsSimulator EU = SevenTargetsSimulator.builder().clientId("eu-client")
            .clientSecret("eu-secret").userIdentifier("eu-user").build().start();

    @Autowired
    CamelContext camelContext;
    @Autowired
    ProducerTemplate producer;
    @Autowired
    MeterRegistry registry;

    @DynamicPropertySource
    static void simulator(DynamicPropertyRegistry registry) {
        SevenTargetsSimulator simulator = SIMULATOR.simulator();
        registry.add("camel.component.seventargets.token-url", simulator::tokenUrl);
        registry.add("camel.component.seventargets.base-url", simulator::baseUrl);
        registry.add("camel.component.seventargets.client-id", simulator::clientId);
        registry.add("camel.component.seventargets.client-secret", simulator::clientSecret);
        registry.add("camel.component.seventargets.user-identifier", simulator::userIdentifier);
    }

    @AfterAll
    static void stopTheEuAccount() {
        EU.close();
    }

    @Test
    void eachComponentSendsWithItsOwnCredentialsAndCountsApart() throws Exception {
        producer.requestBody("direct:lead", "{\"name\": \"Ada\", \"email\": \"ada@example.com\"}");
        producer.requestBody("direct:eu", "{\"name\": \"Eva\", \"email\": \"eva@example.com\"}");
        producer.requestBody("direct:eu", "{\"name\": \"Emil\", \"email\": \"emil@example.com\"}");

        assertThat(SIMULATOR.simulator().leads()).extracting(lead -> lead.get("email"))
                .containsExactly("ada@example.com");
        assertThat(EU.leads()).extracting(lead -> lead.get("email"))
                .containsExactlyInAnyOrder("eva@example.com", "emil@example.com");
        assertThat(created("seventargets")).isEqualTo(1);
        assertThat(created("seventargets-eu")).isEqualTo(2);

        camelContext.getRouteController().stopRoute("eu");
        ServiceHelper.stopService(camelContext.getComponent("seventargets-eu"));

        assertThat(registry.find("seventargets.in.flight").tag("component", "seventargets-eu").meters()).isEmpty();
        assertThat(created("seventargets")).isEqualTo(1);
    }

    private double created(String component) {
        return registry.get("seventargets.requests").tags("component", component, "outcome", "success")
                .functionTimer().count();
    }

    /** The second account: a component bean of its own, configured in Java, and a route to it. */
    @TestConfiguration
    static class EuAccount {

        @Bean("seventargets-eu")
        SevenTargetsComponent euComponent() {
            SevenTargetsComponent component = new SevenTargetsComponent();
            SevenTargetsConfiguration configuration = component.getConfiguration();
            configuration.setTokenUrl(EU.tokenUrl());
            configuration.setBaseUrl(EU.baseUrl());
            configuration.setClientId(EU.clientId());
            configuration.setClientSecret(EU.clientSecret());
            configuration.setUserIdentifier(EU.userIdentifier());
            configuration.setAssistantEmail(TestApplication.ASSISTANT);
            return component;
        }

        @Bean
        RouteBuilder euRoute() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:eu").routeId("eu").to("seventargets-eu:lead");
                }
            };
        }
    }
}
