package com.seventargets.camel.quarkus.deployment;

import java.util.Map;
import java.util.logging.Level;

import jakarta.inject.Inject;

import com.seventargets.camel.model.Lead;
import com.seventargets.camel.quarkus.SimulatorSettings;
import io.quarkus.test.QuarkusUnitTest;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckRegistry;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class DemoSwitchTest {

    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .setArchiveProducer(() -> ShrinkWrap.create(JavaArchive.class).addClasses(LeadRoutes.class))
            .overrideConfigKey("quarkus.camel.seventargets.simulator.enabled", "true")
            .overrideConfigKey("camel.health.enabled", "true")
            .setLogRecordPredicate(record -> record.getLevel().intValue() >= Level.WARNING.intValue())
            .assertLogRecords(records -> assertThat(records)
                    .anySatisfy(record -> assertThat(record.getMessage())
                            .startsWith("DEMO: the 7Targets simulator at http://127.0.0.1:")
                            .contains("no lead reaches 7Targets")));

    @Inject
    ProducerTemplate template;

    @Inject
    CamelContext context;

    @Test
    void sendsLeadsToTheDemoSimulatorInsteadOfADevService() {
        assertThat(ConfigProvider.getConfig().getOptionalValue(SimulatorSettings.BASE_URL, String.class))
                .as("no Dev Service beside the demo simulator").isEmpty();

        Lead created = template.requestBody("direct:lead", Map.of("name", "Ada", "email", "ada@demo.example"), Lead.class);

        assertThat(created.getId()).isNotNull();
    }

    @Test
    void theHealthCheckNamesTheDemo() {
        HealthCheckRegistry registry = HealthCheckRegistry.get(context);
        assertThat(registry).as("Camel's health-check registry").isNotNull();
        assertThat(registry.getCheck("seventargets-simulator")).as("checks: " + registry.getCheckIDs())
                .hasValueSatisfying(check -> {
                    HealthCheck.Result result = check.call();
                    assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
                    assertThat(result.getMessage()).hasValueSatisfying(message -> assertThat(message).startsWith("DEMO:"));
                });
    }
}
