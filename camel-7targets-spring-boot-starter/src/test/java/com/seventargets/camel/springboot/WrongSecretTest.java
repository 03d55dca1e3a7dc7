package com.seventargets.camel.springboot;

import java.util.Map;

import com.seventargets.simulator.SevenTargetsSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** A client secret that 7Targets refuses turns the application's health DOWN, saying invalid_client. */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {
                        "camel.health.producers-enabled=true",
                        "management.endpoint.health.show-details=always",
                        "camel.component.seventargets.client-secret=not-the-secret",
                        "camel.component.seventargets.max-retries=0" })
class WrongSecretTest {

    @RegisterExtension
    static final SevenTargetsSimulatorExtension SIMULATOR = new SevenTargetsSimulatorExtension();

    @Autowired
    TestRestTemplate http;

    @DynamicPropertySource
    static void simulator(DynamicPropertyRegistry registry) {
        registry.add("camel.component.seventargets.token-url", () -> SIMULATOR.simulator().tokenUrl());
        registry.add("camel.component.seventargets.base-url", () -> SIMULATOR.simulator().baseUrl());
        registry.add("camel.component.seventargets.client-id", () -> SIMULATOR.simulator().clientId());
        registry.add("camel.component.seventargets.user-identifier", () -> SIMULATOR.simulator().userIdentifier());
    }

    @Test
    void theHealthIsDownWithInvalidClient() {
        ResponseEntity<Map> health = http.getForEntity("/actuator/health", Map.class);

        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(health.getBody()).containsEntry("status", "DOWN");
        Map<?, ?> seventargets = (Map<?, ?>) ((Map<?, ?>) health.getBody().get("components")).get("seventargets");
        assertThat(seventargets.get("status")).isEqualTo("DOWN");
        assertThat(seventargets.get("details").toString())
                .contains("state=DOWN", "error=invalid_client", "7Targets refused the credentials")
                .doesNotContain("not-the-secret");
    }
}
