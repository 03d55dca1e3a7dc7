package com.seventargets.camel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.seventargets.camel.model.Lead;
import org.apache.camel.AsyncProducer;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The producer holds no thread while 7Targets works: one thread puts 1,000 leads in flight at once, and HttpClient
 * serves them all with its few I/O threads.
 */
class AsyncProducerTest extends SevenTargetsTestSupport {

    private static final int LEADS = 1_000;

    @Test
    void oneThreadHasAThousandLeadsInFlightOnAHandfulOfIoThreads() throws Exception {
        simulator().faults().onPath("/leads").rate(1.0).delay(Duration.ofMillis(3000));
        Set<Thread> ioThreadsBefore = ioThreads();
        SevenTargetsEndpoint endpoint = context.getEndpoint(
                "seventargets:lead?connectionsPerRoute=" + LEADS + "&maxTotalConnections=" + LEADS,
                SevenTargetsEndpoint.class);
        AsyncProducer producer = endpoint.createAsyncProducer();
        producer.start();
        CountDownLatch done = new CountDownLatch(LEADS);
        AtomicInteger completedInCallingThread = new AtomicInteger();
        Set<String> completionThreads = ConcurrentHashMap.newKeySet();
        Exchange[] exchanges = new Exchange[LEADS];
        try {
            long started = System.nanoTime();
            for (int i = 0; i < LEADS; i++) {
                Exchange exchange = new DefaultExchange(context);
                exchange.getIn().setBody(LeadOperationsTest.lead("Burst " + i, "burst" + i + "@example.com"));
                exchanges[i] = exchange;
                boolean sync = producer.process(exchange, doneSync -> {
                    completionThreads.add(Thread.currentThread().getName());
                    done.countDown();
                });
                if (sync) {
                    completedInCallingThread.incrementAndGet();
                }
            }
            long queuedMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();
            Set<Thread> ioThreads = ioThreads();
            ioThreads.removeAll(ioThreadsBefore);

            assertThat(done.await(60, TimeUnit.SECONDS)).as("all answered").isTrue();
            long totalMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();

            assertThat(completedInCallingThread).as("no call completed in the sending thread").hasValue(0);
            assertThat(queuedMillis).as("putting 1,000 leads in flight did not wait for 7Targets").isLessThan(2500);
            assertThat(totalMillis).as("the 3 s calls ran at the same time, not one after another")
                    .isLessThan(20_000);
            // this endpoint's client: one I/O dispatcher per core, and the reactor's main thread, which only waits
            assertThat(ioThreads).as("HttpClient's threads for this endpoint")
                    .hasSize(Runtime.getRuntime().availableProcessors() + 1);
            assertThat(completionThreads).as("the route goes on in the worker pool")
                    .allMatch(name -> name.contains("SevenTargetsWorker"));
            for (Exchange exchange : exchanges) {
                assertThat(exchange.getException()).isNull();
                assertThat(exchange.getMessage().getBody(Lead.class).getId()).isNotNull();
            }
            assertThat(simulator().leads()).hasSize(LEADS);
        } finally {
            producer.stop();
        }
    }

    @Test
    void aSenderThatRunsAheadWaitsForRoom() throws Exception {
        simulator().faults().onPath("/leads").rate(1.0).delay(Duration.ofMillis(500));
        AsyncProducer producer = context.getEndpoint("seventargets:lead?maxPendingRequests=10&connectionsPerRoute=10",
                SevenTargetsEndpoint.class).createAsyncProducer();
        producer.start();
        CountDownLatch done = new CountDownLatch(30);
        try {
            long started = System.nanoTime();
            for (int i = 0; i < 30; i++) {
                Exchange exchange = new DefaultExchange(context);
                exchange.getIn().setBody(LeadOperationsTest.lead("Paced " + i, "paced" + i + "@example.com"));
                producer.process(exchange, doneSync -> done.countDown());
            }
            long queuedMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();

            assertThat(queuedMillis).as("the sender waited twice for 10 answers of 500 ms").isGreaterThanOrEqualTo(900);
            assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(simulator().leads()).hasSize(30);
        } finally {
            producer.stop();
        }
    }

    @Test
    void anAnswerThatComesAfterTheProducerStoppedStillCompletesTheExchange() throws Exception {
        simulator().faults().onPath("/leads").times(1).delay(Duration.ofMillis(500));
        AsyncProducer producer = context.getEndpoint("seventargets:lead", SevenTargetsEndpoint.class)
                .createAsyncProducer();
        producer.start();
        Exchange exchange = new DefaultExchange(context);
        exchange.getIn().setBody(LeadOperationsTest.lead("Late", "late@example.com"));
        CountDownLatch done = new CountDownLatch(1);

        producer.process(exchange, doneSync -> done.countDown());
        producer.stop();

        assertThat(done.await(10, TimeUnit.SECONDS)).as("the route was told, although its worker pool is gone").isTrue();
        assertThat(exchange.getMessage().getBody(Lead.class).getId()).isNotNull();
        Exchange refused = new DefaultExchange(context);
        assertThat(producer.process(refused, doneSync -> {
        })).as("a stopped producer refuses at once").isTrue();
        assertThat(refused.getException()).hasMessageContaining("not started");
    }

    @Test
    void withContinueOnIoThreadTheRouteGoesOnInTheIoThreadThatGotTheAnswer() throws Exception {
        AsyncProducer producer = context.getEndpoint("seventargets:lead?continueOnIoThread=true",
                SevenTargetsEndpoint.class).createAsyncProducer();
        producer.start();
        Exchange exchange = new DefaultExchange(context);
        exchange.getIn().setBody(LeadOperationsTest.lead("On I/O", "io@example.com"));
        CountDownLatch done = new CountDownLatch(1);
        Set<String> completionThreads = ConcurrentHashMap.newKeySet();
        try {
            producer.process(exchange, doneSync -> {
                completionThreads.add(Thread.currentThread().getName());
                done.countDown();
            });

            assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(exchange.getMessage().getBody(Lead.class).getId()).isNotNull();
            assertThat(completionThreads).singleElement().asString().startsWith("SevenTargets-io-");
        } finally {
            producer.stop();
        }
    }

    @Test
    @Timeout(45)
    void aRouteGoingOnInTheIoThreadNeverWaitsThereForRoom() throws Exception {
        // eight senders share one permit, and each message sends again from the I/O thread that got its answer: an
        // I/O thread waiting there for room could be the one that must deliver the answer that frees it
        Set<String> sendingAgainThreads = ConcurrentHashMap.newKeySet();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:again")
                        .to("seventargets:lead?continueOnIoThread=true&maxPendingRequests=1")
                        .filter(exchangeProperty("sends").isLessThan(3))
                            .process(exchange -> sendingAgainThreads.add(Thread.currentThread().getName()))
                            .process(exchange -> exchange.setProperty("sends",
                                    exchange.getProperty("sends", Integer.class) + 1))
                            .setBody(exchange -> LeadOperationsTest.lead("Again", "again@example.com"))
                            .to("direct:again");
            }
        });
        List<CompletableFuture<Exchange>> sent = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            sent.add(template.asyncSend("direct:again", exchange -> {
                exchange.setProperty("sends", 1);
                exchange.getIn().setBody(LeadOperationsTest.lead("Again", "again@example.com"));
            }));
        }

        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        assertThat(sent).allSatisfy(exchange -> assertThat(exchange.join().getException()).isNull());
        assertThat(simulator().journal("/leads")).hasSize(24);
        assertThat(sendingAgainThreads).isNotEmpty().allMatch(name -> name.startsWith("SevenTargets-io-"));
    }

    private static Set<Thread> ioThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("SevenTargets-io-"))
                .collect(Collectors.toCollection(HashSet::new));
    }
}
