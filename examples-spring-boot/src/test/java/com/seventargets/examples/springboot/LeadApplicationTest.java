package com.seventargets.examples.springboot;

import java.net.InetAddress;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.seventargets.simulator.SevenTargetsSimulator;
import com.seventargets.simulator.SevenTargetsSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example as a user runs it, against the simulator: a lead posted to /leads is created and counted in
 * /actuator/prometheus, the health is UP; the server listens on loopback only and keeps the health's details to
 * itself.
 */
// tag::test[]
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability // a test exports no metrics without it: no /actuator/prometheus
class LeadApplicationTest {

    private static final String ASSISTANT = "assistant1@simulator.7targets.test";
    private static final Pattern CREATED = Pattern.compile("(?m)^seventargets_requests_seconds_count\\{"
            + "camelContext=\"[^\"]+\",component=\"seventargets\","
            + "operation=\"create\",outcome=\"success\"} (\\S+)$");

    @RegisterExtension
    static final SevenTargetsSimulatorExtension SIMULATOR = new SevenTargetsSimulatorExtension();

    @Autowired
    TestRestTemplate http;
    @Autowired
    ServletWebServerApplicationContext server;

    @DynamicPropertySource
    static void simulator(DynamicPropertyRegistry registry) {
        SevenTargetsSimulator simulator = SIMULATOR.simulator();
        registry.add("SEVENTARGETS_TOKEN_URL", simulator::tokenUrl);
        registry.add("SEVENTARGETS_BASE_URL", simulator::baseUrl);
        registry.add("SEVENTARGETS_CLIENT_ID", simulator::clientId);
        registry.add("SEVENTARGETS_CLIENT_SECRET", simulator::clientSecret);
        registry.add("SEVENTARGETS_USER_IDENTIFIER", simulator::userIdentifier);
        registry.add("SEVENTARGETS_ASSISTANT_EMAIL", () -> ASSISTANT);
    }

    @Test
    void aPostedLeadIsCreated() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);

        ResponseEntity<Map> created = http.postForEntity("/leads",
                new HttpEntity<>("{\"name\": \"Ada\", \"email\": \"ada@example.com\"}", headers), Map.class);

        assertThat(created.getStatusCode().is2xxSuccessful()).as(String.valueOf(created)).isTrue();
        assertThat(created.getBody()).containsKey("id").containsEntry("email", "ada@example.com");
        assertThat(SIMULATOR.simulator().leadByEmail("ada@example.com")).hasValueSatisfying(lead ->
                assertThat(lead).containsEntry("assistantEmail", ASSISTANT).containsEntry("source", "SpringBoot"));
    }

    @Test
    void theCreatedLeadIsCountedAtActuatorPrometheusWhichShowsNoSecret() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        http.postForEntity("/leads", new HttpEntity<>("{\"name\": \"Bea\", \"email\": \"bea@example.com\"}", headers),
                Map.class);

        ResponseEntity<String> scrape = http.getForEntity("/actuator/prometheus", String.class);

        assertThat(scrape.getStatusCode().is2xxSuccessful()).as(String.valueOf(scrape)).isTrue();
        Matcher created = CREATED.matcher(scrape.getBody());
        assertThat(created.find()).as(scrape.getBody()).isTrue();
        assertThat(Double.parseDouble(created.group(1))).isGreaterThanOrEqualTo(1);
        SevenTargetsSimulator simulator = SIMULATOR.simulator();
        assertThat(scrape.getBody()).doesNotContain(simulator.clientId(), simulator.clientSecret(),
                simulator.userIdentifier(), "bea@example.com");
        assertThat(simulator.issuedTokens()).isNotEmpty()
                .allSatisfy(token -> assertThat(scrape.getBody()).doesNotContain(token));
    }

    @Test
    void theHealthIsUpAndItsDetailsAreNotShownToAnAnonymousCaller() {
        ResponseEntity<Map> health = http.getForEntity("/actuator/health", Map.class);

        assertThat(health.getBody()).as("no components, no details").containsOnlyKeys("status")
                .containsEntry("status", "UP");
    }

    @Test
    void theServerListensOnTheLoopbackInterfaceOnly() {
        Object address = ((TomcatWebServer) server.getWebServer()).getTomcat().getConnector().getProperty("address");

        assertThat(address).as("bound to every interface when null").isInstanceOf(InetAddress.class)
                .matches(bound -> ((InetAddress) bound).isLoopbackAddress(), "is a loopback address");
    }
}
// end::test[]
