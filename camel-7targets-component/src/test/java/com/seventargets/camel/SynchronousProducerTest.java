package com.seventargets.camel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import com.seventargets.camel.model.Lead;
import org.apache.camel.AsyncProducer;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.DefaultExchange;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code synchronous=true} the call is made in the sending thread, on HttpClient's classic client, and the
 * route goes on in that thread; what cannot be answered at once (a token being fetched, a retry's back-off) is
 * waited for there. On an HttpClient I/O thread the call stays asynchronous.
 */
class SynchronousProducerTest extends SevenTargetsTestSupport {

    /** Logs "preparing request execution" at DEBUG for each request, in the thread that executes it. */
    private static final String CLASSIC_CLIENT_LOG = "org.apache.hc.client5.http.impl.classic.InternalHttpClient";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:sync").to("seventargets:lead?synchronous=true")
                        .process(exchange -> exchange.getMessage().setHeader("after", Thread.currentThread().getName()));
                from("direct:fromIoThread").to("seventargets:lead?continueOnIoThread=true")
                        .process(exchange -> exchange.setProperty("first", Thread.currentThread().getName()))
                        .setBody(exchange -> LeadOperationsTest.lead("Second", "second@example.com"))
                        .to("seventargets:lead?synchronous=true")
                        .process(exchange -> exchange.setProperty("second", Thread.currentThread().getName()));
            }
        };
    }

    @Test
    void theCallIsMadeInTheSendingThreadAfterItWaitedThereForTheToken() throws Exception {
        simulator().faults().onPath("/oauth2/token").times(1).delay(Duration.ofMillis(300));
        AsyncProducer producer = producer("seventargets:lead?synchronous=true");
        Exchange exchange = leadExchange("Ada", "ada@example.com");
        AtomicReference<Boolean> returned = new AtomicReference<>();
        AtomicReference<String> callbackThread = new AtomicReference<>();
        Thread sender = new Thread(() -> returned.set(producer.process(exchange,
                doneSync -> callbackThread.set(Thread.currentThread().getName() + (doneSync ? " sync" : " async")))),
                "sender");
        try {
            List<String> classicClientThreads = classicClientThreads(() -> {
                sender.start();
                sender.join(10_000);
            });

            assertThat(classicClientThreads).as("the call, after the token's 300 ms").containsExactly("sender");
            assertThat(returned).as("process() returned with the exchange done").hasValue(true);
            assertThat(callbackThread).hasValue("sender sync");
            assertThat(exchange.getException()).isNull();
            assertThat(exchange.getMessage().getBody(Lead.class).getId()).isNotNull();
            assertThat(simulator().tokenRequestCount()).isEqualTo(1);
        } finally {
            producer.stop();
        }
    }

    @Test
    void retriesAreWaitedForInTheSendingThread() throws Exception {
        simulator().faults().onPath("/leads").times(2).respond(503);
        AsyncProducer producer = producer("seventargets:lead?synchronous=true&retryDelay=10");
        Exchange exchange = leadExchange("Bob", "bob@example.com");
        try {
            AtomicBoolean doneSync = new AtomicBoolean();
            AtomicBoolean returned = new AtomicBoolean();

            List<String> classicClientThreads = classicClientThreads(() -> returned.set(producer.process(exchange,
                    doneSync::set)));

            assertThat(classicClientThreads).as("the first attempt; the retries went out on the async client")
                    .containsExactly(Thread.currentThread().getName());
            assertThat(returned).isTrue();
            assertThat(doneSync).isTrue();
            assertThat(exchange.getException()).isNull();
            assertThat(exchange.getMessage().getBody(Lead.class).getId()).isNotNull();
            assertThat(simulator().journal("/leads")).extracting(r -> r.status()).containsExactly(503, 503, 201);
        } finally {
            producer.stop();
        }
    }

    @Test
    void aRevokedTokenIsReplacedAndTheCallSentAgain() throws Exception {
        template.requestBody("direct:sync", LeadOperationsTest.lead("Warm", "warm@example.com"));
        simulator().revokeAllTokens();
        AtomicReference<Exchange> result = new AtomicReference<>();

        List<String> classicClientThreads = classicClientThreads(() -> result.set(template.request("direct:sync",
                exchange -> exchange.getIn().setBody(LeadOperationsTest.lead("Cy", "cy@example.com")))));

        Exchange answered = result.get();
        assertThat(classicClientThreads).as("refused, then sent again with the new token, both in this thread")
                .containsExactly(Thread.currentThread().getName(), Thread.currentThread().getName());

        assertThat(answered.getException()).isNull();
        assertThat(answered.getMessage().getBody(Lead.class).getId()).isNotNull();
        assertThat(simulator().journal("/leads")).extracting(r -> r.status()).containsExactly(201, 401, 201);
        assertThat(simulator().tokenRequestCount()).isEqualTo(2);
    }

    @Test
    void manySendersShareOneTokenAndEachRouteGoesOnInItsSender() throws Exception {
        simulator().faults().onPath("/oauth2/token").times(1).delay(Duration.ofMillis(300));
        ExecutorService senders = Executors.newFixedThreadPool(8);
        try {
            List<Callable<List<String>>> work = new ArrayList<>();
            for (int s = 0; s < 8; s++) {
                int sender = s;
                work.add(() -> {
                    List<String> mismatches = new ArrayList<>();
                    for (int i = 0; i < 25; i++) {
                        String email = "many" + sender + "-" + i + "@example.com";
                        Exchange answered = template.request("direct:sync", exchange -> exchange.getIn().setBody(
                                LeadOperationsTest.lead("Many " + sender, email)));
                        String after = answered.getMessage().getHeader("after", String.class);
                        if (answered.getException() != null || !Thread.currentThread().getName().equals(after)) {
                            mismatches.add(after + ": " + answered.getException());
                        }
                    }
                    return mismatches;
                });
            }
            List<Future<List<String>>> results = new ArrayList<>();
            List<String> classicClientThreads = classicClientThreads(() -> results.addAll(senders.invokeAll(work)));

            for (Future<List<String>> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS)).as("failed, or went on in another thread").isEmpty();
            }
            assertThat(classicClientThreads).as("every call made in its sender's thread").hasSize(200)
                    .allMatch(name -> name.startsWith("pool-"));
            assertThat(simulator().leads()).hasSize(200);
            assertThat(simulator().tokenRequestCount()).isEqualTo(1);
        } finally {
            senders.shutdownNow();
        }
    }

    @Test
    void onAnIoThreadTheCallStaysAsynchronous() throws Exception {
        AtomicReference<Exchange> result = new AtomicReference<>();

        List<String> classicClientThreads = classicClientThreads(() -> result.set(template.request("direct:fromIoThread",
                exchange -> exchange.getIn().setBody(LeadOperationsTest.lead("First", "first@example.com")))));

        Exchange answered = result.get();
        assertThat(classicClientThreads).as("nothing sent in the I/O thread").isEmpty();
        assertThat(answered.getException()).isNull();
        assertThat(answered.getProperty("first", String.class)).startsWith("SevenTargets-io-");
        assertThat(answered.getProperty("second", String.class)).as("answered in the worker pool, not sent inline")
                .contains("SevenTargetsWorker");
        assertThat(simulator().leads()).hasSize(2);
    }

    @Test
    void aMessageRefusedBeforeSendingFailsInTheSendingThread() throws Exception {
        AsyncProducer producer = producer("seventargets:lead?synchronous=true");
        Exchange exchange = new DefaultExchange(context);
        exchange.getIn().setBody("{not json");
        try {
            assertThat(producer.process(exchange, doneSync -> {
            })).isTrue();
            assertThat(exchange.getException()).isInstanceOf(SevenTargetsValidationException.class);
            assertThat(simulator().journal("/leads")).isEmpty();
        } finally {
            producer.stop();
        }
    }

    /** The threads HttpClient's classic client executed requests in while {@code sending} ran, one per request. */
    private static List<String> classicClientThreads(Sending sending) throws Exception {
        try (LogCapture capture = new LogCapture(Map.of(CLASSIC_CLIENT_LOG, Level.DEBUG))) {
            sending.run();
            return capture.text().lines().filter(line -> line.contains("preparing request execution"))
                    .map(line -> line.substring(line.indexOf('[') + 1, line.indexOf(']'))).toList();
        }
    }

    @FunctionalInterface
    private interface Sending {
        void run() throws Exception;
    }

    private AsyncProducer producer(String uri) throws Exception {
        AsyncProducer producer = context.getEndpoint(uri, SevenTargetsEndpoint.class).createAsyncProducer();
        producer.start();
        return producer;
    }

    private Exchange leadExchange(String name, String email) {
        Exchange exchange = new DefaultExchange(context);
        exchange.getIn().setBody(LeadOperationsTest.lead(name, email));
        return exchange;
    }
}
