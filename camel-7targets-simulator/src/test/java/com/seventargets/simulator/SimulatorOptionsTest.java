package com.seventargets.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SimulatorOptionsTest {

    @Test
    void defaultsToPort8787AndTheTestCredentials() {
        SevenTargetsSimulator sim = SimulatorOptions.parse().build();

        assertThat(sim.port()).isEqualTo(8787);
        assertThat(sim.clientId()).isEqualTo("test-client");
        assertThat(sim.clientSecret()).isEqualTo("test-secret");
        assertThat(sim.userIdentifier()).isEqualTo("test-user");
        assertThat(sim.assistants()).hasSize(12);
    }

    @Test
    void appliesEveryOption() {
        SevenTargetsSimulator sim = SimulatorOptions.parse("--port", "0", "--client-id", "c", "--client-secret", "s",
                "--user-identifier", "u", "--token-lifetime", "60", "--assistants", "5",
                "--assistant-list-shape", "page").build().start();
        try {
            SimClient client = new SimClient(sim);
            assertThat(sim.clientId()).isEqualTo("c");
            assertThat(sim.clientSecret()).isEqualTo("s");
            assertThat(sim.userIdentifier()).isEqualTo("u");
            assertThat(SimClient.json(client.tokenRequest("grant_type=client_credentials", "Authorization",
                    SimClient.basic("c", "s"))).get("expires_in").asInt()).isEqualTo(60);
            assertThat(SimClient.json(client.call("GET", "/leads/assistant", null)).get("totalElements").asInt())
                    .isEqualTo(5);
        } finally {
            sim.stop();
        }
    }

    @Test
    void answersHelpWithNoBuilderAndRefusesBadArguments() {
        assertThat(SimulatorOptions.parse("--help")).isNull();
        assertThat(SimulatorOptions.USAGE).contains("--port", "--assistant-list-shape");
        assertThatThrownBy(() -> SimulatorOptions.parse("--port")).hasMessageContaining("Missing value");
        assertThatThrownBy(() -> SimulatorOptions.parse("--port", "x")).hasMessageContaining("number");
        assertThatThrownBy(() -> SimulatorOptions.parse("--colour", "red")).hasMessageContaining("Unknown option");
        assertThatThrownBy(() -> SimulatorOptions.parse("--assistant-list-shape", "TREE"))
                .hasMessageContaining("PAGE_METADATA");
    }
}
