package com.seventargets.camel.docs;

import java.nio.file.Path;
import java.time.Duration;

import com.seventargets.simulator.RecordedRequest;
import com.seventargets.simulator.SevenTargetsSimulator;
import com.seventargets.simulator.SevenTargetsSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The faults that the testing page lists, as it shows them: each rule answers the calls it names, in order. */
class SimulatorFaultsTest {

    @RegisterExtension
    static final SevenTargetsSimulatorExtension SIMULATOR = new SevenTargetsSimulatorExtension();

    @TempDir
    Path files;

    @Test
    void theRulesAnswerInTheOrderTheyWereGiven() throws Exception {
        SevenTargetsSimulator simulator = SIMULATOR.simulator();
        // tag::faults[]
        simulator.faults().onPath("/leads").times(3).respond(503);                  // the next 3 calls
        simulator.faults().onPath("/leads").times(1).respond(429, "Retry-After", "2");
        simulator.faults().onPath("/oauth2/token").times(1).delay(Duration.ofMillis(500));
        simulator.faults().onPath("/leads").times(1).dropConnection();              // no answer at all
        simulator.faults().onPath("/leads").times(1).dropConnectionAfterHandling(); // the lead stored, the answer lost
        simulator.faults().onPath("/leads").times(1).respondRaw(200, "text/html", "<html>oops</html>");
        simulator.faults().onPath("/leads").rate(0.10).respond(503);                // 10% of calls, until cleared
        simulator.faults().onPath("/leads").rate(1.0)
                .holdUntilUnderWay(100, Duration.ofSeconds(30));                     // until 100 are under way at once
        simulator.revokeAllTokens();                                                // the next API call answers 401
        simulator.ageTokens(Duration.ofMinutes(59));                                // as if 59 minutes had passed
        simulator.setTokenLifetime(Duration.ofSeconds(2));
        // end::faults[]

        try (CamelContext context = SnippetContext.create(simulator, files)) {
            context.start();
            ProducerTemplate template = context.createProducerTemplate();
            for (int call = 0; call < 4; call++) {
                template.send("seventargets:lead?maxRetries=0", exchange -> exchange.getMessage()
                        .setBody("{\"name\": \"Ada\", \"email\": \"ada@example.com\"}"));
            }
        }

        assertThat(simulator.journal("/leads")).extracting(RecordedRequest::status).containsExactly(503, 503, 503, 429);
    }
}
