package com.seventargets.camel.docs;

import java.nio.file.Files;
import java.nio.file.Path;

import com.seventargets.simulator.SevenTargetsSimulator;
import com.seventargets.simulator.SevenTargetsSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import com.seventargets.camel.SevenTargetsValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The routes of the getting-started page, as it shows them, with files in a directory of the test. */
class GettingStartedTest {

    @RegisterExtension
    static final SevenTargetsSimulatorExtension SIMULATOR = new SevenTargetsSimulatorExtension();

    @TempDir
    Path files;

    // tag::routes[]
    public class LeadRoutes extends RouteBuilder {
        @Override
        public void configure() {
            // one lead per JSON file dropped into inbox/
            from("file:inbox?include=.*\\.json")
                .to("seventargets:lead?source=Website")
                .log("Created lead ${header.CamelSevenTargetsLeadId} for ${body.email}");
        }
    }
    // end::routes[]

    class DeadLetterRoutes extends RouteBuilder {
        @Override
        public void configure() {
            // tag::dead-letters[]
            errorHandler(deadLetterChannel("direct:rejected")
                .useOriginalMessage()
                .maximumRedeliveries(3).redeliveryDelay(1000).useExponentialBackOff()
                .retryAttemptedLogLevel(LoggingLevel.WARN));

            // a lead that no retry can fix goes to the dead letters at once
            onException(SevenTargetsValidationException.class)
                .maximumRedeliveries(0);

            // the lead as it came in, and beside it why it was not sent
            from("direct:rejected")
                .to("file:rejected")
                .setBody(simple("${exception.message}"))
                .to("file:rejected?fileName=${file:name}.reason.txt");
            // end::dead-letters[]

            from("file:inbox?include=.*\\.json")
                .to("seventargets:lead?source=Website");
        }
    }

    @Test
    void aFileBecomesALead() throws Exception {
        try (CamelContext context = SnippetContext.create(simulator(), files)) {
            context.addRoutes(new LeadRoutes());
            context.start();
            Files.createDirectories(files.resolve("inbox"));
            Files.writeString(files.resolve("inbox/ada.json"),
                    "{\"name\": \"Ada\", \"lastName\": \"Lovelace\", \"email\": \"ada@example.com\", \"company\": \"Analytical Engines\"}");

            Await.until(() -> simulator().leadByEmail("ada@example.com").isPresent(), () -> "the lead created");
            assertThat(simulator().leadByEmail("ada@example.com").orElseThrow()).containsEntry("source", "Website");
        }
    }

    @Test
    void anInvalidLeadIsDeadLetteredAtOnceWithItsReason() throws Exception {
        try (CamelContext context = SnippetContext.create(simulator(), files)) {
            context.addRoutes(new DeadLetterRoutes());
            context.start();
            Files.createDirectories(files.resolve("inbox"));
            Files.writeString(files.resolve("inbox/bad.json"), "{\"name\": \"Ada\"}");

            Path reason = files.resolve("rejected/bad.json.reason.txt");
            Await.until(() -> Files.exists(reason), () -> "the reason beside the dead letter");
            assertThat(files.resolve("rejected/bad.json")).hasContent("{\"name\": \"Ada\"}");
            assertThat(reason).content().contains("email");
            assertThat(simulator().journal("/leads")).as("nothing sent").isEmpty();
        }
    }

    private static SevenTargetsSimulator simulator() {
        return SIMULATOR.simulator();
    }
}
