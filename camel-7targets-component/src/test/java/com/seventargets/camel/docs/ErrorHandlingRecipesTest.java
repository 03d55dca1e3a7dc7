package com.seventargets.camel.docs;

import java.nio.file.Path;
import java.time.Duration;

import com.seventargets.camel.SevenTargetsApiException;
import com.seventargets.camel.SevenTargetsAuthenticationException;
import com.seventargets.camel.SevenTargetsConnectionException;
import com.seventargets.camel.SevenTargetsRateLimitException;
import com.seventargets.camel.SevenTargetsValidationException;
import com.seventargets.simulator.RecordedRequest;
import com.seventargets.simulator.SevenTargetsSimulator;
import com.seventargets.simulator.SevenTargetsSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The recipes of the error-handling page, as it shows them, against the simulator's faults. */
class ErrorHandlingRecipesTest {

    @RegisterExtension
    static final SevenTargetsSimulatorExtension SIMULATOR = new SevenTargetsSimulatorExtension();

    private static final String ADA = "{\"name\": \"Ada\", \"email\": \"ada@example.com\"}";

    @TempDir
    Path files;

    static final class KeepEveryLead extends RouteBuilder {
        @Override
        public void configure() {
            // tag::keep-every-lead[]
            errorHandler(deadLetterChannel("jms:queue:leads.dead")
                    .useOriginalMessage()
                    .maximumRedeliveries(5).redeliveryDelay(10_000).useExponentialBackOff()
                    .asyncDelayedRedelivery()
                    .retryAttemptedLogLevel(LoggingLevel.WARN));

            onException(SevenTargetsValidationException.class, SevenTargetsAuthenticationException.class)
                    .handled(true)
                    .maximumRedeliveries(0)
                    .setHeader("rejectReason", simple("${exception.message}"))
                    .to("jms:queue:leads.rejected");

            from("kafka:leads")
                    .to("seventargets:lead?source=Kafka");
            // end::keep-every-lead[]
        }
    }

    static final class HttpStatus extends RouteBuilder {
        @Override
        public void configure() {
            // tag::http-status[]
            onException(SevenTargetsValidationException.class).handled(true)
                    .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(400))
                    .setBody(simple("${exception.problems}"));
            onException(SevenTargetsApiException.class).onWhen(simple("${exception.statusCode} >= 400 && ${exception.statusCode} < 500"))
                    .handled(true)
                    .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(422))
                    .setBody(simple("${exception.apiMessage}"));
            onException(SevenTargetsApiException.class, SevenTargetsConnectionException.class).handled(true)
                    .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(502))
                    .setBody(constant("7Targets is not available"));
            // end::http-status[]

            from("direct:http").to("seventargets:lead");
        }
    }

    static final class CheckCreated extends RouteBuilder {
        @Override
        public void configure() {
            // tag::check-created[]
            onException(SevenTargetsConnectionException.class)
                    .onWhen(exchange -> exchange.getException(SevenTargetsConnectionException.class).isOutcomeUnknown())
                    .handled(true)
                    .to("direct:checkCreated");

            from("direct:checkCreated")
                    .doTry()
                        .to("seventargets:lead?operation=update")      // found by e-mail: it was created
                    .doCatch(SevenTargetsApiException.class)
                        .onWhen(simple("${exception.statusCode} == 404"))
                        .to("seventargets:lead?operation=create")      // not there: create it now
                    .end();
            // end::check-created[]

            from("direct:create").to("seventargets:lead");
        }
    }

    static final class ParkOnQuota extends RouteBuilder {
        @Override
        public void configure() {
            // tag::park-on-quota[]
            onException(SevenTargetsRateLimitException.class)
                    .handled(true)
                    .process(exchange -> {
                        Duration wait = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, SevenTargetsRateLimitException.class)
                                .getRetryAfter();
                        exchange.getMessage().setHeader("parkMillis", wait == null ? 3_600_000L : wait.toMillis());
                    })
                    .toD("jms:queue:leads?deliveryDelay=${header.parkMillis}");
            // end::park-on-quota[]

            from("direct:create").to("seventargets:lead");
        }
    }

    @Test
    void aLeadNoRetryCanFixIsRejectedAtOnceWithItsReason() throws Exception {
        try (CamelContext context = started(new KeepEveryLead())) {
            context.createProducerTemplate().sendBody("kafka:leads", "{\"name\": \"Ada\"}");

            Exchange rejected = context.createConsumerTemplate().receive("jms:queue:leads.rejected", 20_000);

            assertThat(rejected).as("the rejected lead").isNotNull();
            assertThat(rejected.getMessage().getHeader("rejectReason", String.class)).contains("email");
            assertThat(simulator().journal("/leads")).as("nothing sent").isEmpty();
        }
    }

    @Test
    void answersTheHttpCallerWithTheRightStatus() throws Exception {
        try (CamelContext context = started(new HttpStatus())) {
            var template = context.createProducerTemplate();

            Exchange invalid = template.request("direct:http", exchange -> exchange.getMessage().setBody("{\"name\": \"Ada\"}"));
            Exchange refused = template.request("direct:http", exchange -> exchange.getMessage().setBody(
                    "{\"name\": \"Ada\", \"email\": \"ada@example.com\", \"assistantEmail\": \"nobody@example.com\"}"));
            simulator().faults().onPath("/leads").times(1).respond(500);
            Exchange failed = template.request("direct:http", exchange -> exchange.getMessage().setBody(ADA));

            assertThat(invalid.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(400);
            assertThat(refused.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(422);
            assertThat(failed.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(502);
        }
    }

    @Test
    void aCreateWhoseAnswerWasLostIsCheckedBeforeItIsSentAgain() throws Exception {
        try (CamelContext context = started(new CheckCreated())) {
            simulator().faults().onPath("/leads").times(1).dropConnectionAfterHandling();

            context.createProducerTemplate().requestBody("direct:create", ADA);

            assertThat(simulator().journal("/leads")).extracting(RecordedRequest::method, RecordedRequest::status)
                    .containsExactly(tuple("POST", -1), tuple("PUT", 200));
            assertThat(simulator().leads()).hasSize(1);
        }
    }

    @Test
    void aLeadOverTheQuotaIsParkedForTheWaitAskedFor() throws Exception {
        try (CamelContext context = started(new ParkOnQuota())) {
            simulator().faults().onPath("/leads").times(1).respond(429, "Retry-After", "7200");

            context.createProducerTemplate().requestBody("direct:create", ADA);
            Exchange parked = context.createConsumerTemplate().receive("jms:queue:leads", 20_000);

            assertThat(parked).as("the parked lead").isNotNull();
            assertThat(parked.getMessage().getHeader("parkMillis")).isEqualTo(7_200_000L);
        }
    }

    private CamelContext started(RoutesBuilder routes) throws Exception {
        CamelContext context = SnippetContext.create(simulator(), files);
        context.addRoutes(routes);
        context.start();
        return context;
    }

    private static SevenTargetsSimulator simulator() {
        return SIMULATOR.simulator();
    }
}
