package com.seventargets.camel;

import java.io.IOException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import com.seventargets.camel.model.Lead;
import com.seventargets.simulator.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.seventargets.camel.CamelAssertions.assertThrowsCause;
import static com.seventargets.camel.TestLeads.lead;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Transient failures are retried inside the producer, as often as the options say; everything else is not.
 */
class RetryTest extends SevenTargetsTestSupport {

    private static final String FAST = "retryDelay=10&maxRetryDelay=200";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:create").to("seventargets:lead?" + FAST);
                from("direct:createTwice").to("seventargets:lead?maxRetries=1&" + FAST);
                from("direct:noRetry").to("seventargets:lead?maxRetries=0");
                from("direct:update").to("seventargets:lead?operation=update&" + FAST);
                from("direct:createSlowly").to("seventargets:lead?responseTimeout=300&" + FAST);
                from("direct:createSlowlyRetried")
                        .to("seventargets:lead?responseTimeout=300&retryUncertainCreate=true&" + FAST);
                from("direct:list").to("seventargets:assistant?" + FAST);
            }
        };
    }

    @ParameterizedTest
    @ValueSource(ints = { 429, 502, 503, 504 })
    void retriesTransientStatusesUntilTheLeadIsCreated(int status) {
        simulator().faults().onPath("/leads").times(3).respond(status);

        Lead created = template.requestBody("direct:create", lead("Ada", "ada@example.com"), Lead.class);

        assertThat(created.getId()).isNotNull();
        assertThat(simulator().journal("/leads")).extracting(RecordedRequest::status)
                .containsExactly(status, status, status, 201);
        assertThat(simulator().leads()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(ints = { 400, 403, 404, 409, 500 })
    void doesNotRetryOtherStatuses(int status) {
        simulator().faults().onPath("/leads").times(1).respond(status);

        SevenTargetsApiException e = assertThrowsCause(SevenTargetsApiException.class,
                () -> template.sendBody("direct:create", lead("Ada", "ada@example.com")));

        assertThat(e.getStatusCode()).isEqualTo(status);
        assertThat(e.getAttempts()).isEqualTo(1);
        assertThat(simulator().journal("/leads")).hasSize(1);
    }

    @Test
    void saysHowManyAttemptsWereMadeWhenRetriesRunOut() {
        simulator().faults().onPath("/leads").times(10).respond(503);

        SevenTargetsApiException e = assertThrowsCause(SevenTargetsApiException.class,
                () -> template.sendBody("direct:createTwice", lead("Ada", "ada@example.com")));

        assertThat(e.getStatusCode()).isEqualTo(503);
        assertThat(e.getAttempts()).isEqualTo(2);
        assertThat(e.getMessage()).contains("answered HTTP 503", "after 2 attempts");
        assertThat(simulator().journal("/leads")).hasSize(2);
    }

    @Test
    void maxRetriesZeroLeavesRetriesToCamel() {
        simulator().faults().onPath("/leads").times(1).respond(503);

        SevenTargetsApiException e = assertThrowsCause(SevenTargetsApiException.class,
                () -> template.sendBody("direct:noRetry", lead("Ada", "ada@example.com")));

        assertThat(e.getAttempts()).isEqualTo(1);
        assertThat(simulator().journal("/leads")).hasSize(1);
    }

    @Test
    void aRetryAfterBeyondMaxRetryDelayFailsAtOnceSayingHowLongToWait() {
        simulator().faults().onPath("/leads").times(1).respond(429, "Retry-After", "3600");

        SevenTargetsRateLimitException e = assertThrowsCause(SevenTargetsRateLimitException.class,
                () -> template.sendBody("direct:create", lead("Ada", "ada@example.com")));

        assertThat(e.getRetryAfter()).isEqualTo(Duration.ofHours(1));
        assertThat(e.getStatusCode()).isEqualTo(429);
        assertThat(e.getAttempts()).as("no attempt burnt on a wait that cannot help").isEqualTo(1);
        assertThat(e).hasMessageContaining("rate limited: 7Targets asks to wait 3600 s (Retry-After)");
        assertThat(simulator().journal("/leads")).hasSize(1);
    }

    @Test
    void a429AfterTheLastRetryIsARateLimitFailure() {
        simulator().faults().onPath("/leads").times(10).respond(429);

        SevenTargetsRateLimitException e = assertThrowsCause(SevenTargetsRateLimitException.class,
                () -> template.sendBody("direct:create", lead("Ada", "ada@example.com")));

        assertThat(e.getRetryAfter()).as("7Targets did not say").isNull();
        assertThat(e.getAttempts()).isEqualTo(4);
    }

    @Test
    void honoursRetryAfterAsAnHttpDate() {
        String inTwoSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(2));
        simulator().faults().onPath("/leads").times(1).respond(429, "Retry-After", inTwoSeconds);

        long started = System.nanoTime();
        template.sendBody("seventargets:lead?retryDelay=10&maxRetryDelay=5000", lead("Ada", "ada@example.com"));
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();

        // the date has whole seconds: it is 1 to 2 s away
        assertThat(millis).isBetween(900L, 3000L);
        assertThat(simulator().leads()).hasSize(1);
    }

    @Test
    void aCreateWhoseAnswerTimedOutIsNotRepeatedUnlessAskedFor() {
        simulator().faults().onPath("/leads").times(1).delay(Duration.ofMillis(800));

        SevenTargetsConnectionException e = assertThrowsCause(SevenTargetsConnectionException.class,
                () -> template.sendBody("direct:createSlowly", lead("Ada", "ada@example.com")));

        assertThat(e.getAttempts()).isEqualTo(1);
        assertThat(e.isOutcomeUnknown()).as("the lead may have been created").isTrue();
        assertThat(e.getMessage()).contains("not retried: the request may have reached 7Targets",
                "retryUncertainCreate=true", "and it may have been done");
        assertThat(simulator().journal("/leads")).hasSize(1);

        simulator().faults().onPath("/leads").times(1).delay(Duration.ofMillis(800));
        Lead created = template.requestBody("direct:createSlowlyRetried", lead("Bob", "bob@example.com"), Lead.class);
        assertThat(created.getId()).isNotNull();
    }

    @Test
    void aDroppedConnectionIsRetriedForAnUpdateButNotForACreate() {
        Lead created = template.requestBody("direct:create", lead("Ada", "ada@example.com"), Lead.class);
        simulator().faults().onPath("/leads").times(1).dropConnection();
        Lead change = new Lead();
        change.setId(created.getId());
        change.setPhone("+4412345");

        Lead updated = template.requestBody("direct:update", change, Lead.class);
        assertThat(updated.getPhone()).isEqualTo("+4412345");

        simulator().faults().onPath("/leads").times(1).dropConnection();
        assertThrowsCause(SevenTargetsConnectionException.class,
                () -> template.sendBody("direct:create", lead("Bob", "bob@example.com")));
        assertThat(simulator().journal("/leads")).extracting(RecordedRequest::status).containsExactly(201, -1, 200, -1);
    }

    @Test
    void aHostThatRefusesConnectionsIsRetriedThenReported() throws IOException {
        int closedPort = CamelAssertions.closedPort();

        SevenTargetsConnectionException e = assertThrowsCause(SevenTargetsConnectionException.class,
                () -> template.sendBody("seventargets:lead?maxRetries=2&retryDelay=10&tokenUrl=http://127.0.0.1:"
                                        + closedPort + "/oauth2/token", lead("Ada", "ada@example.com")));

        assertThat(e.getAttempts()).isEqualTo(3);
        assertThat(e.getMessage()).contains("token: POST http://127.0.0.1:" + closedPort, "after 3 attempts");
        assertThat(e.isOutcomeUnknown()).as("a token request changes nothing").isFalse();
    }

    @Test
    void aCreateThatNeverReached7TargetsHasAKnownOutcomeAndTheAttemptsInAHeader() throws IOException {
        int closedPort = CamelAssertions.closedPort();

        Exchange failed = template.send("seventargets:lead?maxRetries=1&retryDelay=10&baseUrl=http://127.0.0.1:"
                                        + closedPort, exchange -> exchange.getIn().setBody(lead("Ada", "ada@example.com")));

        assertThat(failed.getException()).isInstanceOf(SevenTargetsConnectionException.class);
        assertThat(((SevenTargetsConnectionException) failed.getException()).isOutcomeUnknown())
                .as("connection refused: nothing was sent").isFalse();
        assertThat(failed.getMessage().getHeader(SevenTargetsConstants.ATTEMPTS)).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(ints = { 429, 500, 502, 503, 504 })
    void theTokenEndpointIsRetriedOnTransientFailuresAnd500(int status) {
        // Cognito documents 500 (InternalErrorException) as retryable; the token request is idempotent
        simulator().faults().onPath("/oauth2/token").times(2).respond(status);

        template.sendBody("direct:create", lead("Ada", "ada@example.com"));

        assertThat(simulator().tokenRequestCount()).isEqualTo(3);
        assertThat(simulator().leads()).hasSize(1);
    }

    @Test
    void badCredentialsAreNotRetriedAndABurstAsksOnce() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:badSecret").to("seventargets:lead?clientSecret=wrong&" + FAST);
            }
        });

        for (int i = 0; i < 20; i++) {
            SevenTargetsAuthenticationException e = assertThrowsCause(SevenTargetsAuthenticationException.class,
                    () -> template.sendBody("direct:badSecret", lead("Ada", "ada@example.com")));
            assertThat(e.getErrorCode()).isEqualTo("invalid_client");
        }

        assertThat(simulator().tokenRequestCount()).as("20 messages, one token request").isEqualTo(1);
        // the good credentials of the other endpoints are not affected
        template.sendBody("direct:create", lead("Ada", "ada@example.com"));
        assertThat(simulator().leads()).hasSize(1);
    }

    @Test
    void listingIsRetriedLikeAnyOtherCall() {
        simulator().faults().onPath("/leads/assistant").times(2).respond(502);

        assertThat(template.requestBody("direct:list", null, java.util.List.class)).as("the default page of 10")
                .hasSize(10);
        assertThat(simulator().journal("/leads/assistant")).hasSize(3);
    }
}
