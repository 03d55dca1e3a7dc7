package com.seventargets.camel.docs;

import java.nio.file.Path;
import java.util.Map;

import com.seventargets.simulator.SevenTargetsSimulator;
import com.seventargets.simulator.SevenTargetsSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Java examples of the reference page and the README, one per operation, and the security page's route from an
 * external transport (the tagged regions below are copied into the pages, and {@link DocSnippetsTest} fails when a
 * copy differs), run against the simulator.
 */
class ReferenceExamplesTest {

    @RegisterExtension
    static final SevenTargetsSimulatorExtension SIMULATOR = new SevenTargetsSimulatorExtension();

    @TempDir
    Path files;

    private CamelContext context;
    private ProducerTemplate template;

    static final class OperationRoutes extends RouteBuilder {
        @Override
        public void configure() {
            // tag::create[]
            from("kafka:leads")
                .to("seventargets:lead?source=Kafka")
                .log("Created lead ${header.CamelSevenTargetsLeadId}");
            // end::create[]

            // tag::update[]
            from("direct:phone-changed")
                .setBody(simple("{\"email\": \"${header.email}\", \"phone\": \"${header.phone}\"}"))
                .to("seventargets:lead?operation=update")
                .log("Lead ${body.id} now has the phone ${body.phone}");
            // end::update[]

            // tag::stop-followup[]
            from("direct:unsubscribe")
                .setBody(simple("{\"email\": \"${header.email}\"}"))
                .to("seventargets:lead?operation=stopFollowup");
            // end::stop-followup[]

            // tag::list[]
            from("timer:assistants?repeatCount=1")
                .to("seventargets:assistant?allPages=true&size=50")
                .log("${body.size()} assistants");
            // end::list[]

            // tag::inbound-headers[]
            from("jms:queue:leads")
                .removeHeaders("(?i)CamelSevenTargets.*") // any case
                .to("seventargets:lead");
            // end::inbound-headers[]
        }
    }

    @BeforeEach
    void start() throws Exception {
        context = SnippetContext.create(SIMULATOR.simulator(), files);
        context.addRoutes(new OperationRoutes());
        context.start();
        template = context.createProducerTemplate();
    }

    @AfterEach
    void stop() throws Exception {
        context.close();
    }

    @Test
    void createsALeadPerRecord() {
        template.sendBody("kafka:leads", "{\"name\": \"Ada\", \"email\": \"ada@example.com\"}");

        Await.until(() -> simulator().leadByEmail("ada@example.com").isPresent(), () -> "lead created");
        assertThat(simulator().leadByEmail("ada@example.com").orElseThrow()).containsEntry("source", "Kafka");
    }

    @Test
    void updatesAndStopsTheFollowUpByEmail() {
        template.requestBody("seventargets:lead", "{\"name\": \"Ada\", \"email\": \"ada@example.com\"}");

        template.requestBodyAndHeaders("direct:phone-changed", null,
                Map.of("email", "ada@example.com", "phone", "+441234567890"));
        template.requestBodyAndHeader("direct:unsubscribe", null, "email", "ada@example.com");

        assertThat(simulator().leadByEmail("ada@example.com").orElseThrow())
                .containsEntry("phone", "+441234567890")
                .containsEntry("nextScheduleTime", null);
    }

    @Test
    void listsEveryAssistant() {
        Await.until(() -> !simulator().journal("/leads/assistant").isEmpty(), () -> "the assistants listed");

        assertThat(simulator().journal("/leads/assistant").get(0).queryParams()).containsEntry("size", "50");
    }

    @Test
    void anOperationHeaderFromTheTransportIsDropped() {
        template.sendBodyAndHeader("jms:queue:leads", "{\"name\": \"Ada\", \"email\": \"ada@example.com\"}",
                "camelseventargetsoperation", "stopFollowup");

        Await.until(() -> simulator().leadByEmail("ada@example.com").isPresent(), () -> "lead created");
        assertThat(simulator().journal("/leads/stop/followup")).isEmpty();
    }

    private static SevenTargetsSimulator simulator() {
        return SIMULATOR.simulator();
    }
}
