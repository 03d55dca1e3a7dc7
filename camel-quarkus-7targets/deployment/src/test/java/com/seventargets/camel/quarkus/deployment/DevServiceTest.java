package com.seventargets.camel.quarkus.deployment;

import java.util.Map;
import java.util.logging.Level;

import jakarta.inject.Inject;

import com.seventargets.camel.model.Lead;
import com.seventargets.camel.quarkus.SimulatorSettings;
import io.quarkus.test.QuarkusUnitTest;
import org.apache.camel.ProducerTemplate;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class DevServiceTest {

    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .setArchiveProducer(() -> ShrinkWrap.create(JavaArchive.class).addClasses(LeadRoutes.class, SimulatorProbe.class))
            .setLogRecordPredicate(record -> record.getLevel().intValue() >= Level.INFO.intValue())
            .assertLogRecords(records -> assertThat(records)
                    .filteredOn(record -> record.getMessage().startsWith("Dev Services for 7Targets"))
                    .singleElement()
                    .satisfies(record -> assertThat(record.getMessage()).contains("http://127.0.0.1:")));

    @Inject
    ProducerTemplate template;

    @Test
    void createsALeadInTheSimulatorWithNothingConfigured() throws Exception {
        Lead created = template.requestBody("direct:lead",
                Map.of("name", "Ada", "email", "ada@devservice.example"), Lead.class);

        assertThat(created.getId()).isNotNull();
        assertThat(new SimulatorProbe().leadStatus("ada@devservice.example")).isEqualTo(200);
        assertThat(new SimulatorProbe().leadStatus("nobody@devservice.example")).isEqualTo(404);
    }

    @Test
    void pointsEveryOptionAtTheSimulator() {
        var config = ConfigProvider.getConfig();
        String baseUrl = config.getValue(SimulatorSettings.BASE_URL, String.class);
        assertThat(baseUrl).startsWith("http://127.0.0.1:");
        assertThat(config.getValue(SimulatorSettings.TOKEN_URL, String.class)).startsWith(baseUrl);
        assertThat(config.getValue(SimulatorSettings.ASSISTANT_EMAIL, String.class)).contains("@");
        for (String credential : SimulatorSettings.CREDENTIALS) {
            assertThat(config.getOptionalValue(credential, String.class)).as(credential).isPresent();
        }
    }
}
