package com.seventargets.camel;

import java.util.Properties;

import com.seventargets.camel.model.Lead;
import com.seventargets.simulator.SevenTargetsSimulator;
import com.seventargets.simulator.SevenTargetsSimulatorExtension;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The component declared in a YAML {@code beans:} section beside the route that uses it; Camel binds its properties
 * through the generated configurer (so durations take units).
 */
class YamlBeansTest {

    @RegisterExtension
    static final SevenTargetsSimulatorExtension SIMULATOR = new SevenTargetsSimulatorExtension();

    @Test
    void componentDeclaredInABeansSectionCreatesALead() {
        SevenTargetsSimulator simulator = SIMULATOR.simulator();
        Properties properties = new Properties();
        properties.setProperty("seventargets.clientId", simulator.clientId());
        properties.setProperty("seventargets.clientSecret", simulator.clientSecret());
        properties.setProperty("seventargets.userIdentifier", simulator.userIdentifier());
        properties.setProperty("seventargets.tokenUrl", simulator.tokenUrl());
        properties.setProperty("seventargets.baseUrl", simulator.baseUrl());
        Main main = new Main();
        main.setInitialProperties(properties);
        main.configure().withRoutesIncludePattern("classpath:beans/leads-with-beans.yaml");
        main.start();
        try {
            Lead created = main.getCamelContext().createProducerTemplate().requestBody("direct:yaml-beans-create",
                    "{\"name\":\"Beans\",\"email\":\"beans@example.com\"}", Lead.class);

            assertThat(created.getId()).isNotNull();
            assertThat(simulator.leadByEmail("beans@example.com").orElseThrow())
                    .containsEntry("source", "YAML beans")
                    .containsEntry("assistantEmail", SevenTargetsTestSupport.ASSISTANT);
            assertThat(main.getCamelContext().getComponent("seventargets", SevenTargetsComponent.class)
                    .getConfiguration().getResponseTimeout()).isEqualTo(5000);
        } finally {
            main.stop();
        }
    }
}
