package com.seventargets.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
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
    void appliesTheLatencyAndLimitOptions() {
        SevenTargetsSimulator sim = SimulatorOptions.parse("--port", "0", "--latency", "300ms", "--token-latency",
                "1s", "--max-body-size", "1k", "--journal-size", "1m", "--max-leads", "1", "--max-tokens", "5",
                "--threads", "2").build().start();
        try {
            SimClient client = new SimClient(sim);
            long started = System.nanoTime();
            client.newToken();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
            started = System.nanoTime();
            assertThat(client.call("POST", "/leads", lead("a")).statusCode()).isEqualTo(201);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
            assertThat(client.call("POST", "/leads", lead("b")).statusCode()).isEqualTo(201);
            assertThat(sim.stats().evictedLeads()).isEqualTo(1);
            assertThat(client.call("POST", "/leads", lead("c" + "x".repeat(1024))).statusCode()).isEqualTo(413);
            for (int i = 0; i < 6; i++) {
                client.newToken();
            }
            assertThat(sim.issuedTokens()).hasSize(5);
        } finally {
            sim.stop();
        }
    }

    @Test
    void readsDurationsAndSizes() {
        assertThat(SimulatorOptions.duration("--latency", "100ms")).isEqualTo(Duration.ofMillis(100));
        assertThat(SimulatorOptions.duration("--latency", "2s")).isEqualTo(Duration.ofSeconds(2));
        assertThat(SimulatorOptions.duration("--latency", "0")).isZero();
        assertThatThrownBy(() -> SimulatorOptions.duration("--latency", "100")).hasMessage(
                "--latency needs a duration such as 100ms or 2s, not 100");
        assertThatThrownBy(() -> SimulatorOptions.duration("--latency", "-1s")).hasMessageContaining("--latency");
        assertThat(SimulatorOptions.size("--journal-size", "1048576")).isEqualTo(1048576);
        assertThat(SimulatorOptions.size("--journal-size", "512k")).isEqualTo(512 * 1024);
        assertThat(SimulatorOptions.size("--journal-size", "64M")).isEqualTo(64L * 1024 * 1024);
        assertThat(SimulatorOptions.size("--journal-size", "1g")).isEqualTo(1024L * 1024 * 1024);
        assertThatThrownBy(() -> SimulatorOptions.size("--journal-size", "lots")).hasMessage(
                "--journal-size needs a size such as 512k, 64m or 1048576, not lots");
        assertThatThrownBy(() -> SimulatorOptions.parse("--max-body-size", "4g")).hasMessage(
                "--max-body-size must be under 2g, not 4g");
        assertThatThrownBy(() -> SimulatorOptions.parse("--max-leads", "0")).hasMessageContaining("at least 1");
    }

    @Test
    void answersHelpWithNoBuilderAndRefusesBadArguments() {
        assertThat(SimulatorOptions.parse("--help")).isNull();
        assertThat(SimulatorOptions.USAGE).contains("--port", "--assistant-list-shape", "--latency", "--token-latency",
                "--max-body-size", "--journal-size", "--max-leads", "--max-tokens", "--threads");
        assertThatThrownBy(() -> SimulatorOptions.parse("--port")).hasMessageContaining("Missing value");
        assertThatThrownBy(() -> SimulatorOptions.parse("--port", "x")).hasMessageContaining("number");
        assertThatThrownBy(() -> SimulatorOptions.parse("--colour", "red")).hasMessageContaining("Unknown option");
        assertThatThrownBy(() -> SimulatorOptions.parse("--assistant-list-shape", "TREE"))
                .hasMessageContaining("PAGE_METADATA");
    }

    private static String lead(String name) {
        return "{\"name\":\"" + name + "\",\"email\":\"" + name.charAt(0)
                + "@example.com\",\"assistantEmail\":\"assistant1@simulator.7targets.test\"}";
    }
}
