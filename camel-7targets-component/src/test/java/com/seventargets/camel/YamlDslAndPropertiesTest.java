package com.seventargets.camel;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.seventargets.camel.model.Lead;
import com.seventargets.simulator.SevenTargetsSimulator;
import com.seventargets.simulator.SevenTargetsSimulatorExtension;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The way most users run the component: Camel Main, options as {@code camel.component.seventargets.*} properties
 * (kebab case, durations with units), and routes in the YAML DSL.
 */
class YamlDslAndPropertiesTest {

    @RegisterExtension
    static final SevenTargetsSimulatorExtension SIMULATOR = new SevenTargetsSimulatorExtension();

    private Main main;
    private String startupLog;

    @BeforeEach
    void startMain() throws Exception {
        try (LogCapture capture = new LogCapture(Map.of("org.apache.camel", Level.INFO))) {
            start();
            startupLog = capture.text();
        }
    }

    private void start() throws IOException {
        SevenTargetsSimulator simulator = SIMULATOR.simulator();
        Properties properties = new Properties();
        properties.setProperty("camel.main.routes-include-pattern", "classpath:routes/leads.yaml");
        properties.setProperty("camel.component.seventargets.client-id", simulator.clientId());
        properties.setProperty("camel.component.seventargets.client-secret", simulator.clientSecret());
        properties.setProperty("camel.component.seventargets.user-identifier", simulator.userIdentifier());
        properties.setProperty("camel.component.seventargets.token-url", simulator.tokenUrl());
        properties.setProperty("camel.component.seventargets.base-url", simulator.baseUrl());
        properties.setProperty("camel.component.seventargets.assistant-email", SevenTargetsTestSupport.ASSISTANT);
        properties.setProperty("camel.component.seventargets.response-timeout", "5s");
        properties.setProperty("lead.source", "Yaml");
        Path file = Files.createTempFile("application", ".properties");
        try (Writer out = Files.newBufferedWriter(file)) {
            properties.store(out, null);
        }
        file.toFile().deleteOnExit();
        main = new Main();
        main.setPropertyPlaceholderLocations("file:" + file);
        main.start();
    }

    @AfterEach
    void stopMain() {
        main.stop();
    }

    @Test
    void theStartupSummaryPrintsNoCredential() {
        SevenTargetsSimulator simulator = SIMULATOR.simulator();

        assertThat(startupLog).as("Camel Main's summary of the properties it applied")
                .contains("camel.component.seventargets.tokenUrl")
                .contains("camel.component.seventargets.userIdentifier = xxxxxx")
                .doesNotContain(simulator.clientId(), simulator.clientSecret(), simulator.userIdentifier());
    }

    @Test
    void yamlRouteWithComponentOptionsFromProperties() {
        ProducerTemplate template = main.getCamelContext().createProducerTemplate();

        Lead created = template.requestBody("direct:yaml-create",
                "{\"name\":\"Yaml\",\"email\":\"yaml@example.com\"}", Lead.class);
        List<?> assistants = template.requestBody("direct:yaml-list", null, List.class);

        assertThat(created.getId()).isNotNull();
        assertThat(SIMULATOR.simulator().leadByEmail("yaml@example.com").orElseThrow())
                .containsEntry("source", "Yaml")
                .containsEntry("assistantEmail", SevenTargetsTestSupport.ASSISTANT);
        assertThat(assistants).hasSize(2);
        SevenTargetsComponent component = main.getCamelContext().getComponent("seventargets", SevenTargetsComponent.class);
        assertThat(component.getConfiguration().getResponseTimeout()).isEqualTo(5000);
        SevenTargetsEndpoint endpoint = main.getCamelContext().getEndpoints().stream()
                .filter(SevenTargetsEndpoint.class::isInstance).map(SevenTargetsEndpoint.class::cast)
                .filter(e -> e.getResource() == SevenTargetsResource.assistant).findFirst().orElseThrow();
        assertThat(endpoint.getConfiguration().getSize()).as("endpoint option").isEqualTo(2);
        assertThat(endpoint.getConfiguration().getResponseTimeout()).as("inherited from the component").isEqualTo(5000);
    }
}
