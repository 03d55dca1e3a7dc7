package com.seventargets.camel;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.seventargets.camel.model.Lead;
import org.apache.camel.Exchange;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

import static com.seventargets.camel.TestLeads.lead;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code validateAssistant=true}: a lead for an assistant the account does not have is refused before it is sent.
 */
class AssistantCheckTest extends SevenTargetsTestSupport {

    private static final String CHECKED = "seventargets:lead?validateAssistant=true";
    private static final String ASSISTANTS = "/leads/assistant";

    @Test
    void aLeadForAnUnknownAssistantIsRefusedWithoutNamingTheAccountsAssistantsAndNotSent() {
        Exchange refused = template.request(CHECKED, exchange -> exchange.getIn().setBody(
                lead("Ada", "ada@example.com", "nobody@simulator.7targets.test")));

        assertThat(refused.getException()).isInstanceOf(SevenTargetsValidationException.class)
                .hasMessageContaining("assistantEmail 'nobody@simulator.7targets.test' is not one of the 12 assistants"
                                      + " of this 7Targets account (the assistant resource lists them)")
                .as("the problem may reach whoever sent the lead").hasMessageNotContaining(ASSISTANT);
        assertThat(simulator().journal("/leads")).isEmpty();
    }

    @Test
    void whileOneSenderListsTheAssistantsAgainTheOthersUseTheListItReplaces() throws Exception {
        String checkedOften = CHECKED + "&assistantCacheTtl=1";
        template.sendBody(checkedOften, lead("First", "first@example.com", ASSISTANT));
        simulator().faults().onPath(ASSISTANTS).times(1).delay(Duration.ofSeconds(10));
        ExecutorService sender = Executors.newSingleThreadExecutor();
        try {
            Future<Exchange> lister = sender.submit(() -> template.request(checkedOften,
                    exchange -> exchange.getIn().setBody(lead("Lister", "lister@example.com", ASSISTANT))));
            while (simulator().journal(ASSISTANTS).size() < 2) { // the lister's request is held by the simulator
                Thread.sleep(5);
            }

            Exchange other = template.request(checkedOften,
                    exchange -> exchange.getIn().setBody(lead("Other", "other@example.com", ASSISTANT)));

            assertThat(other.getException()).isNull();
            assertThat(lister.isDone()).as("the other sender did not wait for the listing").isFalse();
            assertThat(lister.get().getException()).isNull();
        } finally {
            sender.shutdownNow();
        }
    }

    @Test
    void theAssistantsAreListedOnceForManyLeadsWithinTheirCacheTime() {
        for (int i = 0; i < 5; i++) {
            String email = "known" + i + "@example.com";
            assertThat(template.request(CHECKED, exchange -> exchange.getIn().setBody(
                    lead("Known", email, ASSISTANT.toUpperCase()))).getException()).isNull();
        }

        assertThat(simulator().journal(ASSISTANTS)).as("one listing, of every page").hasSize(1);
        assertThat(simulator().leads()).hasSize(5);
    }

    @Test
    void aListingThatIsRefusedIsLoggedOnceAndLeadsAreSentUnchecked() throws Exception {
        simulator().faults().onPath(ASSISTANTS).respond(403);
        String logs;
        try (LogCapture capture = new LogCapture(Map.of("com.seventargets.camel", Level.INFO))) {
            for (int i = 0; i < 2; i++) {
                String email = "unchecked" + i + "@example.com";
                assertThat(template.request(CHECKED + "&assistantCacheTtl=0", exchange -> exchange.getIn().setBody(
                        lead("Unchecked", email, ASSISTANT))).getException()).isNull();
            }
            logs = capture.text();
        }

        assertThat(simulator().leads()).hasSize(2);
        assertThat(logs.lines().filter(line -> line.contains("refused to list the assistants")))
                .as("said once, although listed twice").hasSize(1);
        assertThat(simulator().journal(ASSISTANTS)).hasSize(2);
    }
}
