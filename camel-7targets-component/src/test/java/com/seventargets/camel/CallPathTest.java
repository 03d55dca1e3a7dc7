package com.seventargets.camel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.seventargets.camel.model.Lead;
import io.netty.channel.DefaultEventLoop;
import io.netty.util.concurrent.DefaultEventExecutor;
import io.netty.util.concurrent.EventExecutor;
import io.vertx.core.Vertx;
import org.apache.camel.AsyncProducer;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.DefaultExchange;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the call is made: in the sending thread, on HttpClient's classic client, with the route going on in that
 * thread; only an event loop hands it off, to the component's hand-off threads, and is never blocked.
 */
class CallPathTest extends SevenTargetsTestSupport {

    /** Logs "preparing request execution" at DEBUG for each request, in the thread that executes it. */
    private static final String CLASSIC_CLIENT_LOG = "org.apache.hc.client5.http.impl.classic.InternalHttpClient";

    private static Vertx vertx;
    private final List<AsyncProducer> producers = new ArrayList<>();

    @BeforeAll
    static void startVertx() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stopVertx() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void stopProducers() throws Exception {
        for (AsyncProducer producer : producers) {
            producer.stop();
        }
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:lead").to("seventargets:lead")
                        .process(exchange -> exchange.getMessage().setHeader("after", Thread.currentThread().getName()));
                from("direct:limited").to("seventargets:lead?connectionsPerRoute=3");
            }
        };
    }

    @Test
    void theCallIsMadeInTheSendingThreadAfterItWaitedThereForTheToken() throws Exception {
        simulator().faults().onPath("/oauth2/token").times(1).delay(Duration.ofMillis(300));
        AsyncProducer producer = producer("seventargets:lead");
        Exchange exchange = leadExchange("Ada", "ada@example.com");
        CompletableFuture<Boolean> returned = new CompletableFuture<>();
        CompletableFuture<String> callback = new CompletableFuture<>();
        Thread sender = new Thread(() -> returned.complete(producer.process(exchange,
                doneSync -> callback.complete(Thread.currentThread().getName() + (doneSync ? " sync" : " async")))),
                "sender");
        List<String> sendingThreads = sendingThreads(() -> {
            sender.start();
            sender.join(10_000);
        });

        assertThat(sendingThreads).as("the token request, then the call").containsExactly("sender", "sender");
        assertThat(returned.getNow(null)).as("process() returned with the exchange done").isTrue();
        assertThat(callback.getNow(null)).isEqualTo("sender sync");
        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(Lead.class).getId()).isNotNull();
    }

    @Test
    void retriesAreWaitedForAndSentInTheSendingThread() throws Exception {
        simulator().faults().onPath("/leads").times(2).respond(503);
        AsyncProducer producer = producer("seventargets:lead?retryDelay=10");
        Exchange exchange = leadExchange("Bob", "bob@example.com");
        AtomicBoolean returned = new AtomicBoolean();

        List<String> sendingThreads = sendingThreads(() -> returned.set(producer.process(exchange, doneSync -> {
        })));

        assertThat(returned).isTrue();
        assertThat(exchange.getException()).isNull();
        assertThat(sendingThreads).as("token, 503, 503, 201").hasSize(4)
                .containsOnly(Thread.currentThread().getName());
        assertThat(simulator().journal("/leads")).extracting(r -> r.status()).containsExactly(503, 503, 201);
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
                        Exchange answered = template.request("direct:lead", exchange -> exchange.getIn().setBody(
                                TestLeads.lead("Many " + sender, email)));
                        String after = answered.getMessage().getHeader("after", String.class);
                        if (answered.getException() != null || !Thread.currentThread().getName().equals(after)) {
                            mismatches.add(after + ": " + answered.getException());
                        }
                    }
                    return mismatches;
                });
            }
            List<Future<List<String>>> results = new ArrayList<>();
            List<String> sendingThreads = sendingThreads(() -> results.addAll(senders.invokeAll(work)));

            for (Future<List<String>> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS)).as("failed, or went on in another thread").isEmpty();
            }
            assertThat(sendingThreads).as("the token request and 200 calls, each in a sender's thread").hasSize(201)
                    .allMatch(name -> name.startsWith("pool-"));
            assertThat(simulator().leads()).hasSize(200);
            assertThat(simulator().tokenRequestCount()).isEqualTo(1);
        } finally {
            senders.shutdownNow();
        }
    }

    @Test
    void theConnectionPoolIsTheOneLimitOnCallsUnderWay() throws Exception {
        simulator().faults().onPath("/leads").rate(1.0).delay(Duration.ofMillis(200));

        List<Exchange> sent = TestLeads.sendAtOnce(template, "direct:limited", TestLeads.leads("Limited", 12));

        assertThat(sent).allSatisfy(exchange -> assertThat(exchange.getException()).isNull());
        assertThat(simulator().leads()).hasSize(12);
        assertThat(simulator().mostConcurrentRequests()).as("12 senders, 3 connections").isEqualTo(3);
    }

    @Test
    void aSenderOnAVertxEventLoopIsNeverBlockedAndItsExchangeCompletes() throws Exception {
        simulator().faults().onPath("/leads").times(1).delay(Duration.ofMillis(1000));
        AsyncProducer producer = producer("seventargets:lead");
        Exchange exchange = leadExchange("Eve", "eve@example.com");
        CompletableFuture<String> returned = new CompletableFuture<>();
        CompletableFuture<Boolean> otherTaskRanBeforeTheAnswer = new CompletableFuture<>();
        CompletableFuture<String> done = new CompletableFuture<>();
        io.vertx.core.Context eventLoop = vertx.getOrCreateContext();

        List<String> sendingThreads = sendingThreads(() -> {
            eventLoop.runOnContext(ignored -> {
                boolean sync = producer.process(exchange,
                        doneSync -> done.complete(Thread.currentThread().getName() + (doneSync ? " sync" : "")));
                returned.complete(Thread.currentThread().getName() + (sync ? " sync" : " async"));
                eventLoop.runOnContext(next -> otherTaskRanBeforeTheAnswer.complete(!done.isDone()));
            });
            done.get(10, TimeUnit.SECONDS);
        });

        assertThat(returned.get(1, TimeUnit.SECONDS)).as("process() returned at once, on the event loop")
                .startsWith("vert.x-eventloop-thread-").endsWith(" async");
        assertThat(otherTaskRanBeforeTheAnswer.get(1, TimeUnit.SECONDS))
                .as("the event loop ran another task while 7Targets held the answer for 1 s").isTrue();
        assertThat(done.get()).as("the route goes on in the hand-off thread").contains("SevenTargetsHandOff");
        assertThat(sendingThreads).as("token and call, neither on the event loop").hasSize(2)
                .allMatch(name -> name.contains("SevenTargetsHandOff"));
        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(Lead.class).getId()).isNotNull();
    }

    @Test
    void aLeadRefusedOnAnEventLoopCompletesItsExchangeOnceWithTheReason() throws Exception {
        AsyncProducer producer = producer("seventargets:lead");
        Exchange exchange = new DefaultExchange(context);
        exchange.getIn().setBody("{not json");
        AtomicInteger callbacks = new AtomicInteger();
        CompletableFuture<Void> firstCallback = new CompletableFuture<>();
        CompletableFuture<Boolean> returned = new CompletableFuture<>();

        vertx.runOnContext(ignored -> returned.complete(producer.process(exchange, doneSync -> {
            callbacks.incrementAndGet();
            firstCallback.complete(null);
        })));

        assertThat(returned.get(10, TimeUnit.SECONDS)).as("handed off").isFalse();
        firstCallback.get(10, TimeUnit.SECONDS);
        Thread.sleep(100); // a second callback would come at once
        assertThat(callbacks).as("called once").hasValue(1);
        assertThat(exchange.getException()).isInstanceOf(SevenTargetsValidationException.class);
        assertThat(simulator().journal("/leads")).isEmpty();
    }

    @Test
    void anEventLoopSendingThroughAStoppedComponentIsRefusedAtOnce() throws Exception {
        SevenTargetsComponent stopped = componentFor(simulator());
        context.addComponent("stopped", stopped);
        AsyncProducer producer = producer("stopped:lead");
        stopped.stop();
        Exchange exchange = leadExchange("Stopped", "stopped@example.com");
        CompletableFuture<Boolean> returned = new CompletableFuture<>();

        vertx.runOnContext(ignored -> returned.complete(producer.process(exchange, doneSync -> {
        })));

        assertThat(returned.get(10, TimeUnit.SECONDS)).as("refused in the event loop, at once").isTrue();
        assertThat(exchange.getException()).isInstanceOf(RejectedExecutionException.class)
                .hasMessageContaining("not started: nothing was sent");
        assertThat(simulator().journal("/leads")).isEmpty();
    }

    @Test
    void aVertxWorkerThreadMayBlockSoItMakesTheCallItself() throws Exception {
        AsyncProducer producer = producer("seventargets:lead");
        Exchange exchange = leadExchange("Worker", "worker@example.com");
        // how platform-http runs a route: executeBlocking on a worker thread
        String returned = vertx.executeBlocking(() -> Thread.currentThread().getName()
                                                        + (producer.process(exchange, doneSync -> {
                                                        }) ? " sync" : " async"))
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);

        assertThat(returned).startsWith("vert.x-worker-thread-").endsWith(" sync");
        assertThat(exchange.getMessage().getBody(Lead.class).getId()).isNotNull();
    }

    @Test
    void aNettyEventLoopHandsTheCallOffButANettyTaskExecutorMakesItItself() throws Exception {
        AsyncProducer producer = producer("seventargets:lead");
        EventExecutor eventLoop = new DefaultEventLoop();
        EventExecutor taskExecutor = new DefaultEventExecutor(); // camel-netty runs routes on these: they may block
        try {
            assertThat(processOn(eventLoop, producer)).isEqualTo("async");
            assertThat(processOn(taskExecutor, producer)).isEqualTo("sync");
            assertThat(simulator().leads()).hasSize(2);
        } finally {
            eventLoop.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            taskExecutor.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        }
    }

    @Test
    void aMessageRefusedBeforeSendingFailsInTheSendingThread() throws Exception {
        AsyncProducer producer = producer("seventargets:lead");
        Exchange exchange = new DefaultExchange(context);
        exchange.getIn().setBody("{not json");
        assertThat(producer.process(exchange, doneSync -> {
        })).isTrue();
        assertThat(exchange.getException()).isInstanceOf(SevenTargetsValidationException.class);
        assertThat(simulator().journal("/leads")).isEmpty();
    }

    @Test
    void aStoppedProducerRefusesAtOnce() throws Exception {
        AsyncProducer producer = producer("seventargets:lead");
        producer.stop();
        Exchange refused = leadExchange("Late", "late@example.com");

        assertThat(producer.process(refused, doneSync -> {
        })).isTrue();
        assertThat(refused.getException()).hasMessageContaining("not started");
        assertThat(simulator().journal("/leads")).isEmpty();
    }

    /** Sends one lead from a task of that executor: "sync" when the exchange was done when process() returned. */
    private String processOn(EventExecutor executor, AsyncProducer producer) throws Exception {
        Exchange exchange = leadExchange("Netty", "netty" + System.nanoTime() + "@example.com");
        CompletableFuture<Exchange> done = new CompletableFuture<>();
        String returned = executor.submit(() -> producer.process(exchange, doneSync -> done.complete(exchange))
                ? "sync" : "async").get(10, TimeUnit.SECONDS);
        assertThat(done.get(10, TimeUnit.SECONDS).getException()).isNull();
        return returned;
    }

    /** The threads HttpClient's classic client executed requests in while {@code sending} ran, one per request. */
    private static List<String> sendingThreads(Sending sending) throws Exception {
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
        producers.add(producer);
        return producer;
    }

    private Exchange leadExchange(String name, String email) {
        Exchange exchange = new DefaultExchange(context);
        exchange.getIn().setBody(TestLeads.lead(name, email));
        return exchange;
    }
}
