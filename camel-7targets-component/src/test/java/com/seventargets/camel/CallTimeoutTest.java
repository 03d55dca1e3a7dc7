package com.seventargets.camel;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.junit.jupiter.api.Test;

import static com.seventargets.camel.CamelAssertions.awaitUntil;
import static com.seventargets.camel.TestLeads.lead;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * callTimeout bounds a whole call, whatever the server does: an answer that trickles in one byte a second (which no
 * per-read timeout ends) is cut off at the deadline, and so are the waits of the other senders for that token, the
 * health check and a stop of the CamelContext.
 */
class CallTimeoutTest extends SevenTargetsTestSupport {

    /** Far above the callTimeouts used here, far below the hostile server's own 30 s bound: holds on a busy machine. */
    private static final Duration WITHIN = Duration.ofSeconds(15);

    @Test
    void aTokenThatTricklesInEndsEachSenderAtItsOwnCallTimeoutOrInterrupt() throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(2);
        try (HostileServer hostile = new HostileServer(HostileServer::trickle)) {
            String endpoint = "seventargets:lead?tokenUrl=" + hostile.url() + "/oauth2/token";
            long started = System.nanoTime();
            Future<Exchange> fetcher = senders.submit(() -> create(endpoint + "&callTimeout=6000", "Ada"));
            awaitUntil(WITHIN, () -> hostile.bytesWritten() > 0);

            long waiterStarted = System.nanoTime();
            Exchange waited = senders.submit(() -> create(endpoint + "&callTimeout=1000", "Bea"))
                    .get(WITHIN.toSeconds(), TimeUnit.SECONDS);
            assertThat(fetcher).as("released by its own deadline, not the fetch's end").isNotDone();
            assertThat(Duration.ofNanos(System.nanoTime() - waiterStarted)).isLessThan(WITHIN);
            assertThat(waited.getException()).isInstanceOf(SevenTargetsConnectionException.class)
                    .hasMessageContaining("(callTimeout of 1000 ms passed while waiting for the access token another"
                                          + " sender fetches)");

            CompletableFuture<Exchange> interruptedExchange = new CompletableFuture<>();
            CompletableFuture<Boolean> keptTheInterrupt = new CompletableFuture<>();
            Thread interrupted = new Thread(() -> {
                interruptedExchange.complete(create(endpoint, "Cy"));
                keptTheInterrupt.complete(Thread.currentThread().isInterrupted());
            });
            interrupted.start();
            awaitUntil(WITHIN, () -> interrupted.getState() == Thread.State.TIMED_WAITING);
            interrupted.interrupt();
            assertThat(interruptedExchange.get(WITHIN.toSeconds(), TimeUnit.SECONDS).getException())
                    .isInstanceOf(SevenTargetsConnectionException.class).hasMessageContaining("interrupted");
            assertThat(keptTheInterrupt.get(WITHIN.toSeconds(), TimeUnit.SECONDS)).isTrue();

            Exception fetchFailed = fetcher.get(WITHIN.toSeconds(), TimeUnit.SECONDS).getException();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(WITHIN);
            assertThat(fetchFailed).isInstanceOf(SevenTargetsConnectionException.class)
                    .hasMessageContaining("(callTimeout of 6000 ms passed while " + hostile.url()
                                          + "/oauth2/token was asked for a token)")
                    .hasMessageNotContaining(simulator().clientSecret());
            assertThat(((SevenTargetsConnectionException) fetchFailed).isOutcomeUnknown())
                    .as("no lead was sent").isFalse();
        } finally {
            senders.shutdownNow();
        }
        assertThat(simulator().journal("/leads")).isEmpty();
    }

    @Test
    void anAnswerThatTricklesInIsCutOffAtCallTimeout() throws Exception {
        try (HostileServer hostile = new HostileServer(HostileServer::trickle)) {
            long started = System.nanoTime();

            Exchange sent = create("seventargets:lead?callTimeout=2000&baseUrl=" + hostile.url(), "Ada");

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(WITHIN);
            assertThat(sent.getException()).isInstanceOf(SevenTargetsConnectionException.class)
                    .hasMessageContaining("no answer after 1 attempt (callTimeout of 2000 ms passed while "
                                          + hostile.url() + "/leads was asked), and it may have been done");
            assertThat(((SevenTargetsConnectionException) sent.getException()).isOutcomeUnknown())
                    .as("the create was sent").isTrue();
        }
    }

    @Test
    void theHealthCheckIsNotHeldLongerThanCallTimeout() throws Exception {
        try (HostileServer hostile = new HostileServer(HostileServer::trickle)) {
            SevenTargetsEndpoint endpoint = context.getEndpoint("seventargets:lead?callTimeout=2000&tokenUrl="
                                                                + hostile.url() + "/oauth2/token",
                    SevenTargetsEndpoint.class);
            long started = System.nanoTime();

            HealthCheck.Result result = new SevenTargetsProducerHealthCheck(endpoint, "trickle").call();

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(WITHIN);
            assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
            assertThat(result.getMessage()).hasValueSatisfying(message -> assertThat(message)
                    .contains("callTimeout of 2000 ms passed"));
        }
    }

    @Test
    void aStopOfTheCamelContextIsNotHeldByACallThatHangs() throws Exception {
        try (HostileServer hostile = new HostileServer(HostileServer::trickle)) {
            context.getShutdownStrategy().setTimeout(60); // longer than the hostile server's own bound
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:hanging").to("seventargets:lead?callTimeout=2000&baseUrl=" + hostile.url());
                }
            });
            CompletableFuture<Exchange> hanging = CompletableFuture.supplyAsync(() -> create("direct:hanging", "Ada"));
            awaitUntil(WITHIN, () -> hostile.bytesWritten() > 0);
            long started = System.nanoTime();

            context.stop();

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(WITHIN);
            assertThat(hanging.get(WITHIN.toSeconds(), TimeUnit.SECONDS).getException())
                    .isInstanceOf(SevenTargetsConnectionException.class).hasMessageContaining("callTimeout of 2000 ms");
        }
    }

    private Exchange create(String uri, String name) {
        return template.request(uri, exchange -> exchange.getIn().setBody(
                lead(name, name.toLowerCase() + "@example.com")));
    }
}
