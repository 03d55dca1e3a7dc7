package com.seventargets.camel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.seventargets.camel.model.Lead;
import com.seventargets.simulator.RecordedRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.seventargets.camel.TestLeads.lead;
import static org.assertj.core.api.Assertions.assertThat;

class AccessTokenTest extends SevenTargetsTestSupport {

    /** The component's token cache tells the time from this clock; tests move it and age the simulator's tokens alike. */
    private final ManualClock clock = new ManualClock();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.removeComponent("seventargets");
        context.addComponent("seventargets", configuredFor(simulator(), new SevenTargetsComponent(clock)));
        return context;
    }

    private void timePasses(Duration time) {
        clock.advance(time);
        simulator().ageTokens(time);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:create").to("seventargets:lead");
                from("direct:list").to("seventargets:assistant?size=5");
            }
        };
    }

    @Test
    void reusesOneTokenFor100MessagesAndEveryEndpoint() {
        for (int i = 0; i < 100; i++) {
            template.sendBody("direct:create", lead("Lead " + i, "lead" + i + "@example.com"));
        }
        template.sendBody("direct:list", null);

        assertThat(simulator().tokenRequestCount()).isEqualTo(1);
        assertThat(simulator().leads()).hasSize(100);
        String token = "Bearer " + simulator().issuedTokens().get(0);
        assertThat(simulator().journal()).filteredOn(r -> !r.path().equals("/oauth2/token"))
                .hasSize(101).allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo(token));
    }

    @Test
    void endpointsThatDifferOnlyInTheSecretOrTheApiDoNotShareAToken() {
        template.sendBody("direct:create", lead("Right", "right@example.com"));

        assertThat(CamelAssertions.assertThrowsCause(SevenTargetsAuthenticationException.class,
                () -> template.sendBody("seventargets:lead?clientSecret=wrong", lead("Wrong", "wrong@example.com"))))
                .as("a wrong secret is not hidden by the right one's token")
                .extracting(SevenTargetsAuthenticationException::getErrorCode).isEqualTo("invalid_client");
        String sameApiElsewhere = simulator().baseUrl().replace("127.0.0.1", "localhost");
        template.sendBody("seventargets:lead?baseUrl=" + sameApiElsewhere, lead("Other", "other@example.com"));

        assertThat(simulator().journal("/oauth2/token")).as("right, wrong, other API").hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"9999999999", "1e30", "99999999999999999999999", "0", "-5", "\"soon\"", "null", "{}"})
    void anExpiresInThatCannotBeTrustedStillGivesOneTokenForManyMessages(String expiresIn) {
        answerTokenRequests(expiresIn);

        for (int i = 0; i < 3; i++) {
            String email = "dry" + i + "@example.com";
            assertThat(template.request("seventargets:lead?dryRun=true", exchange -> exchange.getIn().setBody(
                    lead("Dry", email))).getException()).isNull();
        }

        assertThat(simulator().journal("/oauth2/token")).hasSize(1);
    }

    @Test
    void aLifetimeOfCenturiesIsUsedForADayAtMost() {
        answerTokenRequests("9999999999"); // 317 years
        template.sendBody("seventargets:lead?dryRun=true", lead("Dry", "dry@example.com"));

        clock.advance(Duration.ofHours(23).plusMinutes(58));
        template.sendBody("seventargets:lead?dryRun=true", lead("Dry", "dry@example.com"));
        assertThat(simulator().journal("/oauth2/token")).as("within the day, less its margin").hasSize(1);

        clock.advance(Duration.ofMinutes(2));
        template.sendBody("seventargets:lead?dryRun=true", lead("Dry", "dry@example.com"));
        assertThat(simulator().journal("/oauth2/token")).as("a day later").hasSize(2);
    }

    private void answerTokenRequests(String expiresIn) {
        simulator().faults().onPath("/oauth2/token").respondRaw(200, "application/json",
                "{\"access_token\":\"hostile\",\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn + "}");
    }

    @Test
    void refreshesAQuarterOfTheLifetimeBeforeExpiry() {
        // a 4 s token is used for 3 s: a quarter of its lifetime (less than 60 s) is kept as margin
        simulator().setTokenLifetime(Duration.ofSeconds(4));
        template.sendBody("direct:create", lead("Early", "early@example.com"));
        timePasses(Duration.ofMillis(2900));
        template.sendBody("direct:create", lead("Middle", "middle@example.com"));
        assertThat(simulator().tokenRequestCount()).as("outside the margin").isEqualTo(1);

        timePasses(Duration.ofMillis(100));
        template.sendBody("direct:create", lead("Late", "late@example.com"));

        assertThat(simulator().tokenRequestCount()).as("the first token was still valid, but inside the margin")
                .isEqualTo(2);
        assertThat(simulator().journal("/leads")).extracting(r -> r.header("Authorization")).containsExactly(
                "Bearer " + simulator().issuedTokens().get(0), "Bearer " + simulator().issuedTokens().get(0),
                "Bearer " + simulator().issuedTokens().get(1));
        assertThat(simulator().rejectedExpiredTokenCount()).isZero();
    }

    @Test
    void renewsEachTokenBeforeItExpiresAndNeverSendsAnExpiredOne() {
        simulator().setTokenLifetime(Duration.ofSeconds(2)); // usable for 1.5 s
        for (int i = 0; i < 18; i++) { // 4.25 s: tokens asked for at 0, 1.5 and 3 s
            template.sendBody("direct:create", lead("Lead " + i, "lead" + i + "@example.com"));
            timePasses(Duration.ofMillis(250));
        }

        assertThat(simulator().rejectedExpiredTokenCount()).isZero();
        assertThat(simulator().journal("/leads")).hasSize(18).allSatisfy(r -> assertThat(r.status()).isEqualTo(201));
        assertThat(simulator().tokenRequestCount()).isEqualTo(3);
    }

    @Test
    void getsANewTokenAndRepeatsOnceWhenTheApiAnswers401() {
        template.sendBody("direct:create", lead("First", "first@example.com"));
        simulator().revokeAllTokens();

        Lead created = template.requestBody("direct:create", lead("Second", "second@example.com"), Lead.class);

        assertThat(created.getId()).isNotNull();
        assertThat(simulator().tokenRequestCount()).isEqualTo(2);
        assertThat(simulator().journal("/leads")).extracting(RecordedRequest::status).containsExactly(201, 401, 201);
        assertThat(simulator().leadByEmail("second@example.com")).isPresent();
    }

    @Test
    void repeatsOnlyOnceWhenEvenANewTokenIsRefused() {
        template.sendBody("direct:create", lead("First", "first@example.com"));
        simulator().faults().onPath("/leads").times(2).respond(401);

        SevenTargetsAuthenticationException e = CamelAssertions.assertThrowsCause(SevenTargetsAuthenticationException.class,
                () -> template.sendBody("direct:create", lead("Second", "second@example.com")));

        assertThat(e.getStatusCode()).isEqualTo(401);
        assertThat(e.getErrorCode()).isEqualTo(SevenTargetsAuthenticationException.USER_REFUSED);
        assertThat(e.getMessage()).contains("create: POST /leads answered HTTP 401 even with a new access token: check"
                                            + " the option userIdentifier");
        assertThat(simulator().journal("/leads")).extracting(RecordedRequest::status).containsExactly(201, 401, 401);
        assertThat(simulator().tokenRequestCount()).isEqualTo(2);
    }

    @Test
    void aWrongUserIdentifierIsRememberedSoAHundredMessagesCostTwoTokenRequests() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:wrongUser").to("seventargets:lead?userIdentifier=RAW(not-the-user)");
            }
        });

        List<Exception> failures = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            failures.add(CamelAssertions.assertThrowsCause(SevenTargetsAuthenticationException.class,
                    () -> template.sendBody("direct:wrongUser", lead("Wrong", "wrong@example.com"))));
        }

        assertThat(simulator().tokenRequestCount()).as("the first token, and the fresh one refused too").isEqualTo(2);
        assertThat(simulator().journal("/leads")).as("only the first message was sent, twice").hasSize(2);
        assertThat(failures.get(99)).hasMessageContaining("check the option userIdentifier")
                .hasMessageContaining("a recent refusal, remembered").hasMessageNotContaining("not-the-user")
                .extracting(e -> ((SevenTargetsAuthenticationException) e).getErrorCode())
                .isEqualTo(SevenTargetsAuthenticationException.USER_REFUSED);
    }

    @Test
    void sixteenThreadsAtOnceShareOneTokenRequest() throws Exception {
        simulator().faults().onPath("/oauth2/token").times(1).delay(Duration.ofMillis(300));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Lead>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                Lead lead = lead("Thread " + i, "thread" + i + "@example.com");
                Callable<Lead> send = () -> {
                    start.await();
                    return template.requestBody("direct:create", lead, Lead.class);
                };
                results.add(pool.submit(send));
            }
            start.countDown();
            for (Future<Lead> result : results) {
                assertThat(result.get().getId()).isNotNull();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(simulator().tokenRequestCount()).isEqualTo(1);
        assertThat(simulator().leads()).hasSize(16);
    }
}
