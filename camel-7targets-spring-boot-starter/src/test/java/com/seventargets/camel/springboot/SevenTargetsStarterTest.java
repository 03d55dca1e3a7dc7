package com.seventargets.camel.springboot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.seventargets.camel.SevenTargetsComponent;
import com.seventargets.camel.SevenTargetsConfiguration;
import com.seventargets.simulator.SevenTargetsSimulator;
import com.seventargets.simulator.SevenTargetsSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Spring Boot application configured by properties alone (kebab case, and the secrets from environment variables,
 * as in production) creates a lead in the simulator, reports UP, and never shows a secret in Actuator or its log.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {
                        "camel.health.producers-enabled=true",
                        "management.endpoints.web.exposure.include=health,env,configprops",
                        "management.endpoint.health.show-details=always",
                        // values shown, so that only the starter's masking keeps the secrets out
                        "management.endpoint.env.show-values=always",
                        "management.endpoint.configprops.show-values=always",
                        "camel.component.seventargets.assistant-email=" + TestApplication.ASSISTANT,
                        "camel.component.seventargets.source=SpringBoot",
                        "camel.component.seventargets.connect-timeout=5s",
                        "camel.component.seventargets.max-retries=2",
                        "logging.file.name=" + SevenTargetsStarterTest.LOG_FILE,
                        "logging.level.com.seventargets=DEBUG",
                        "logging.level.org.apache.camel=DEBUG",
                        "logging.level.org.apache.hc.client5=DEBUG" })
@ContextConfiguration(initializers = SevenTargetsStarterTest.EnvironmentVariables.class)
class SevenTargetsStarterTest {

    static final String LOG_FILE = "target/logs/SevenTargetsStarterTest.log";

    @RegisterExtension
    static final SevenTargetsSimulatorExtension SIMULATOR = new SevenTargetsSimulatorExtension();

    @Autowired
    CamelContext camelContext;
    @Autowired
    ProducerTemplate producer;
    @Autowired
    TestRestTemplate http;

    @BeforeAll
    static void startWithAnEmptyLog() throws IOException {
        // before the application starts: the test class's context is created after the @BeforeAll methods
        Files.deleteIfExists(Path.of(LOG_FILE));
    }

    @DynamicPropertySource
    static void simulatorUrls(DynamicPropertyRegistry registry) {
        registry.add("camel.component.seventargets.token-url", () -> SIMULATOR.simulator().tokenUrl());
        registry.add("camel.component.seventargets.base-url", () -> SIMULATOR.simulator().baseUrl());
    }

    /** The credentials as environment variables, through the property source and name mapping Spring uses for them. */
    static class EnvironmentVariables implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            SevenTargetsSimulator simulator = SIMULATOR.simulator();
            context.getEnvironment().getPropertySources().addAfter(
                    StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                    new SystemEnvironmentPropertySource("test-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                            Map.of("CAMEL_COMPONENT_SEVENTARGETS_CLIENTID", simulator.clientId(),
                                    "CAMEL_COMPONENT_SEVENTARGETS_CLIENTSECRET", simulator.clientSecret(),
                                    "CAMEL_COMPONENT_SEVENTARGETS_USERIDENTIFIER", simulator.userIdentifier())));
        }
    }

    @Test
    void bindsKebabCasePropertiesAndEnvironmentVariablesToTheComponent() {
        SevenTargetsConfiguration configuration = camelContext.getComponent("seventargets", SevenTargetsComponent.class)
                .getConfiguration();

        assertThat(configuration.getConnectTimeout()).isEqualTo(5_000);
        assertThat(configuration.getMaxRetries()).isEqualTo(2);
        assertThat(configuration.getResponseTimeout()).as("a default").isEqualTo(30_000);
        assertThat(configuration.getAssistantEmail()).isEqualTo(TestApplication.ASSISTANT);
        assertThat(configuration.getBaseUrl()).isEqualTo(simulator().baseUrl());
        assertThat(configuration.getClientSecret()).isEqualTo(simulator().clientSecret());
        assertThat(configuration.getUserIdentifier()).isEqualTo(simulator().userIdentifier());
    }

    @Test
    void aRouteCreatesALead() {
        producer.requestBody("direct:lead", "{\"name\": \"Ada\", \"email\": \"ada@example.com\"}");

        assertThat(simulator().leadByEmail("ada@example.com")).hasValueSatisfying(lead -> {
            assertThat(lead).containsEntry("assistantEmail", TestApplication.ASSISTANT);
            assertThat(lead).containsEntry("source", "SpringBoot");
        });
    }

    @Test
    void theHealthIndicatorIsUpWhenATokenCanBeHad() {
        ResponseEntity<Map> health = http.getForEntity("/actuator/health/seventargets", Map.class);

        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody()).containsEntry("status", "UP");
        assertThat(health.getBody().get("details").toString()).contains("state=UP", "resource=lead");
        assertThat(simulator().journal("/leads")).as("a health check sends no lead").isEmpty();
    }

    @Test
    void actuatorShowsNoSecretButOtherValues() {
        String env = http.getForObject("/actuator/env", String.class);
        String configprops = http.getForObject("/actuator/configprops", String.class);

        for (String shown : new String[] { env, configprops }) {
            assertThat(shown).contains(simulator().baseUrl(), TestApplication.ASSISTANT, "******")
                    .doesNotContain(simulator().clientId(), simulator().clientSecret(), simulator().userIdentifier());
        }
        assertThat(env).contains("CAMEL_COMPONENT_SEVENTARGETS_CLIENTSECRET");
        assertThat(configprops).contains("clientSecret");
    }

    @Test
    void theLogShowsNoSecret() throws IOException {
        producer.requestBody("direct:lead", "{\"name\": \"Grace\", \"email\": \"grace@example.com\"}");
        http.getForEntity("/actuator/health/seventargets", Map.class);

        String log = Files.readString(Path.of(LOG_FILE));
        assertThat(log).as("the DEBUG log of the component, Camel and HttpClient")
                .contains("seventargets", "/oauth2/token")
                .doesNotContain(simulator().clientId(), simulator().clientSecret(), simulator().userIdentifier());
        assertThat(simulator().issuedTokens()).isNotEmpty()
                .allSatisfy(token -> assertThat(log).doesNotContain(token));
    }

    private static SevenTargetsSimulator simulator() {
        return SIMULATOR.simulator();
    }
}
