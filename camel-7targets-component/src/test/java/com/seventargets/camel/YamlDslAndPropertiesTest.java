package com.seventargets.camel;

import java.util.List;

import com.seventargets.camel.model.Lead;
import com.seventargets.simulator.SevenTargetsSimulator;
import com.seventargets.simulator.SevenTargetsSimulatorExtension;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;
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

    @BeforeEach
    void startMain() throws Exception {
        SevenTargetsSimulator simulator = SIMULATOR.simulator();
        main = new Main();
        main.addInitialProperty("camel.main.routes-include-pattern", "classpath:routes/leads.yaml");
        main.addInitialProperty("camel.component.seventargets.client-id", simulator.clientId());
        main.addInitialProperty("camel.component.seventargets.client-secret", simulator.clientSecret());
        main.addInitialProperty("camel.component.seventargets.user-identifier", simulator.userIdentifier());
        main.addInitialProperty("camel.component.seventargets.token-url", simulator.tokenUrl());
        main.addInitialProperty("camel.component.seventargets.base-url", simulator.baseUrl());
        main.addInitialProperty("camel.component.seventargets.assistant-email", SevenTargetsTestSupport.ASSISTANT);
        main.addInitialProperty("camel.component.seventargets.response-timeout", "5s");
        main.addInitialProperty("lead.source", "Yaml");
        main.start();
    }

    @AfterEach
    void stopMain() {
        main.stop();
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
