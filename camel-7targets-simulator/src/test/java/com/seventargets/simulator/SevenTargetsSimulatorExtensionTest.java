package com.seventargets.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SevenTargetsSimulatorExtensionTest {

    @RegisterExtension
    static SevenTargetsSimulatorExtension SIMULATOR = new SevenTargetsSimulatorExtension(
            SevenTargetsSimulator.builder().userIdentifier("ext-user").tokenLifetime(Duration.ofMinutes(5)));

    @Test
    @Order(1)
    void runsTheConfiguredSimulatorAndResolvesIt(SevenTargetsSimulator sim) {
        assertThat(sim).isSameAs(SIMULATOR.simulator());
        assertThat(sim.userIdentifier()).isEqualTo("ext-user");
        SimClient client = new SimClient(sim);
        assertThat(SimClient.json(client.tokenRequest("grant_type=client_credentials", "Authorization",
                SimClient.basic(sim.clientId(), sim.clientSecret()))).get("expires_in").asInt()).isEqualTo(300);
        assertThat(client.call("POST", "/leads", "{\"name\":\"A\",\"email\":\"a@example.com\","
                + "\"assistantEmail\":\"assistant1@simulator.7targets.test\"}").statusCode()).isEqualTo(201);
        sim.faults().onPath("/leads").rate(1).respond(500);
        sim.setTokenLifetime(Duration.ofSeconds(1));
    }

    @Test
    @Order(2)
    void resetsStateBeforeEachTest(SevenTargetsSimulator sim) {
        assertThat(sim.leads()).isEmpty();
        assertThat(sim.journal()).isEmpty();
        assertThat(sim.issuedTokens()).isEmpty();
        assertThat(sim.tokenRequestCount()).isZero();
        SimClient client = new SimClient(sim);
        assertThat(SimClient.json(client.tokenRequest("grant_type=client_credentials", "Authorization",
                SimClient.basic(sim.clientId(), sim.clientSecret()))).get("expires_in").asInt()).isEqualTo(300);
        JsonAssert.created(client.call("POST", "/leads", "{\"name\":\"B\",\"email\":\"b@example.com\","
                + "\"assistantEmail\":\"assistant1@simulator.7targets.test\"}"), 1);
    }

    @Nested
    class NestedTests {

        @Test
        void shareTheRunningSimulator(SevenTargetsSimulator sim) {
            assertThat(sim).isSameAs(SIMULATOR.simulator());
            assertThat(new SimClient(sim).call("GET", "/leads/assistant", null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    @Order(3)
    void startsBeforeAllAndStopsAfterAll() {
        SevenTargetsSimulatorExtension extension = new SevenTargetsSimulatorExtension();
        SevenTargetsSimulator sim = extension.simulator();

        extension.beforeAll(null);
        int port = sim.port();
        extension.beforeAll(null); // a @Nested class
        extension.beforeEach(null);
        extension.afterAll(null);
        assertThat(new SimClient(sim).raw("GET", "/leads/assistant", null).statusCode()).isEqualTo(401);
        extension.afterAll(null);

        assertThat(PortProbe.isListening(port)).isFalse();
    }
}
