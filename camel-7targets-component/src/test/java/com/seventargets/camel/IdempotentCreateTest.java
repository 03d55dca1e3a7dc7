package com.seventargets.camel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.seventargets.camel.model.Lead;
import com.seventargets.simulator.RecordedRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.seventargets.camel.TestLeads.lead;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code idempotentRepository} option: each create is sent once per key (assistant and e-mail, lower-cased),
 * confirmed after 7Targets created it, removed after a failure that surely created nothing, kept when the outcome is
 * unknown; update and stopFollowup are always sent.
 */
class IdempotentCreateTest extends SevenTargetsTestSupport {

    private static final String CREATE = "direct:create";
    private static final String ADA_KEY = ASSISTANT + " ada@example.com";

    private final RecordingRepository repository = new RecordingRepository();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        // a component-level option, inherited by every endpoint
        context.getComponent("seventargets", SevenTargetsComponent.class).getConfiguration()
                .setIdempotentRepository(repository);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(CREATE).to("seventargets:lead?retryDelay=10&maxRetryDelay=100");
                from("direct:update").to("seventargets:lead?operation=update");
                from("direct:stop").to("seventargets:lead?operation=stopFollowup");
            }
        };
    }

    @Test
    void aLeadAlreadyCreatedIsNotSentAgain() {
        Exchange first = template.request(CREATE, e -> e.getMessage().setBody(lead("Ada", "ada@example.com")));
        Exchange again = template.request(CREATE, e -> e.getMessage().setBody(lead("Ada", "Ada@Example.COM")));

        assertThat(first.getException()).isNull();
        assertThat(first.getMessage().getHeader(SevenTargetsConstants.DUPLICATE)).isEqualTo(false);
        assertThat(again.getException()).as("the exchange goes on").isNull();
        assertThat(again.getMessage().getHeader(SevenTargetsConstants.DUPLICATE)).isEqualTo(true);
        assertThat(again.getMessage().getHeader(SevenTargetsConstants.LEAD_ID)).isNull();
        assertThat(again.getMessage().getBody(Lead.class).getAssistantEmail())
                .as("the lead as it would have been sent").isEqualTo(ASSISTANT);
        assertThat(posts()).hasSize(1);
        assertThat(simulator().leads()).hasSize(1);
        assertThat(repository.calls).containsExactly("add " + ADA_KEY, "confirm " + ADA_KEY, "add " + ADA_KEY);
        assertThat(context.getComponent("seventargets", SevenTargetsComponent.class).getStats()
                .total(com.seventargets.camel.metrics.SevenTargetsStats.Kind.DUPLICATES)).isEqualTo(1);
    }

    @Test
    void theKeyIsTheAssistantAfterTheEndpointDefaultAndTheEmailLowerCased() {
        template.sendBody(CREATE, lead("Ada", "ada@example.com"));
        Exchange sameAssistantNamed = template.request(CREATE,
                e -> e.getMessage().setBody(lead("Ada", "ADA@example.com", ASSISTANT.toUpperCase())));
        Exchange anotherAssistant = template.request(CREATE,
                e -> e.getMessage().setBody(lead("Ada", "ada@example.com", "assistant2@simulator.7targets.test")));

        assertThat(sameAssistantNamed.getMessage().getHeader(SevenTargetsConstants.DUPLICATE)).isEqualTo(true);
        assertThat(anotherAssistant.getException()).isNull();
        assertThat(anotherAssistant.getMessage().getHeader(SevenTargetsConstants.DUPLICATE))
                .as("another assistant is another key: a re-assignment is meant").isEqualTo(false);
        assertThat(posts()).hasSize(2);
        assertThat(repository.contains(ADA_KEY)).isTrue();
        assertThat(repository.contains("assistant2@simulator.7targets.test ada@example.com")).isTrue();
    }

    @ParameterizedTest(name = "{0} x{1}")
    @CsvSource({ "400, 1", "500, 1", "503, 4", "429, 4" })
    void aCreateThatSurelyFailedIsRemovedSoThatARedeliveryCreatesIt(int status, int times) {
        simulator().faults().onPath("/leads").times(times).respond(status);

        Exchange failed = template.request(CREATE, e -> e.getMessage().setBody(lead("Ada", "ada@example.com")));
        Exchange redelivered = template.request(CREATE, e -> e.getMessage().setBody(lead("Ada", "ada@example.com")));

        assertThat(failed.getException()).isInstanceOf(SevenTargetsApiException.class)
                .hasMessageContaining("HTTP " + status);
        assertThat(repository.calls).startsWith("add " + ADA_KEY, "remove " + ADA_KEY);
        assertThat(redelivered.getException()).isNull();
        assertThat(redelivered.getMessage().getHeader(SevenTargetsConstants.DUPLICATE)).isEqualTo(false);
        assertThat(posts()).hasSize(times + 1).last().extracting(RecordedRequest::status).isEqualTo(201);
        assertThat(simulator().leads()).hasSize(1);
    }

    @Test
    void aCreateWhoseTokenIsRefusedIsRemoved() {
        simulator().faults().onPath("/oauth2/token").times(1)
                .respondRaw(400, "application/json", "{\"error\": \"invalid_client\"}");

        Exchange refused = template.request(CREATE, e -> e.getMessage().setBody(lead("Ada", "ada@example.com")));

        assertThat(refused.getException()).isInstanceOf(SevenTargetsAuthenticationException.class);
        assertThat(repository.calls).containsExactly("add " + ADA_KEY, "remove " + ADA_KEY);
        assertThat(posts()).isEmpty();
    }

    @Test
    void anInvalidLeadIsRefusedBeforeTheRepositoryIsAsked() {
        Exchange invalid = template.request(CREATE, e -> e.getMessage().setBody(lead("Ada", "not-an-email")));
        Exchange corrected = template.request(CREATE, e -> e.getMessage().setBody(lead("Ada", "ada@example.com")));

        assertThat(invalid.getException()).isInstanceOf(SevenTargetsValidationException.class);
        assertThat(corrected.getException()).isNull();
        assertThat(repository.calls).containsExactly("add " + ADA_KEY, "confirm " + ADA_KEY);
        assertThat(posts()).hasSize(1);
    }

    @Test
    void aCreateWhoseAnswerWasLostKeepsItsKeyAndIsNeverSentAgain() {
        simulator().faults().onPath("/leads").times(1).dropConnectionAfterHandling();
        Exchange lost;
        String log;
        try (LogCapture capture = new LogCapture(Map.of("com.seventargets.camel", Level.INFO))) {
            lost = template.request(CREATE, e -> e.getMessage().setBody(lead("Ada", "ada@example.com")));
            log = capture.text();
        }
        Exchange redelivered = template.request(CREATE, e -> e.getMessage().setBody(lead("Ada", "ada@example.com")));

        assertThat(lost.getException()).isInstanceOf(SevenTargetsConnectionException.class);
        assertThat(((SevenTargetsCallFailure) lost.getException()).isOutcomeUnknown()).isTrue();
        assertThat(repository.calls).containsExactly("add " + ADA_KEY, "add " + ADA_KEY);
        assertThat(redelivered.getException()).isNull();
        assertThat(redelivered.getMessage().getHeader(SevenTargetsConstants.DUPLICATE)).isEqualTo(true);
        assertThat(posts()).as("the lead was stored, its answer lost: never sent again").hasSize(1);
        assertThat(simulator().leads()).hasSize(1);
        assertThat(log).contains("WARN " + IdempotentCreates.class.getName(), "unknown outcome", ADA_KEY)
                .doesNotContain(simulator().clientSecret(), simulator().userIdentifier(),
                        simulator().issuedTokens().get(0));
    }

    @Test
    void updateAndStopFollowupAreNeverSkipped() {
        Lead created = template.requestBody(CREATE, lead("Ada", "ada@example.com"), Lead.class);
        Lead change = new Lead();
        change.setEmail("ada@example.com");
        change.setPhone("+441234");
        Lead stop = new Lead();
        stop.setId(created.getId());

        List<Exchange> sent = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            sent.add(template.request("direct:update", e -> e.getMessage().setBody(change)));
            sent.add(template.request("direct:stop", e -> e.getMessage().setBody(stop)));
        }

        assertThat(sent).allSatisfy(exchange -> {
            assertThat(exchange.getException()).isNull();
            assertThat(exchange.getMessage().getHeader(SevenTargetsConstants.DUPLICATE)).isNull();
        });
        assertThat(simulator().journal("/leads")).extracting(RecordedRequest::method)
                .containsExactly("POST", "PUT", "PUT");
        assertThat(simulator().journal("/leads/stop/followup")).hasSize(2);
        assertThat(repository.calls).containsExactly("add " + ADA_KEY, "confirm " + ADA_KEY);
    }

    @Test
    void theRepositoryIsStartedAndStoppedWithTheEndpoint() {
        assertThat(repository.isStarted()).isTrue();

        context.stop();

        assertThat(repository.isStopped()).isTrue();
    }

    private static List<RecordedRequest> posts() {
        return simulator().journal("/leads").stream().filter(r -> r.method().equals("POST")).toList();
    }

    /** A memory repository that notes every change asked of it. */
    static final class RecordingRepository extends MemoryIdempotentRepository {
        final List<String> calls = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public boolean add(String key) {
            calls.add("add " + key);
            return super.add(key);
        }

        @Override
        public boolean confirm(String key) {
            calls.add("confirm " + key);
            return super.confirm(key);
        }

        @Override
        public boolean remove(String key) {
            calls.add("remove " + key);
            return super.remove(key);
        }
    }
}
