package com.seventargets.camel;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.seventargets.simulator.RecordedRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 5,000 distinct leads through a route with a dead letter channel while 7Targets answers about 10% 503, 0.1% 429
 * with {@code Retry-After: 1}, drops 2% of connections before handling the request and 1% after (the lead stored,
 * the answer lost), and every access token is revoked each 500 created leads. Every lead ends created exactly once
 * or dead-lettered with its reason; none is lost, none created twice, and a create whose answer was lost is
 * dead-lettered as an unknown outcome, never sent again; each 429 holds back all eight senders for its second. The
 * endpoint has an idempotent repository: once the faults stop, every dead-lettered lead is offered again, and those
 * that surely failed are created, while those whose outcome is unknown are held back as duplicates.
 */
class FaultSoakTest extends SevenTargetsTestSupport {

    private static final int LEADS = 5_000;

    private final Map<String, String> deadLettered = new ConcurrentHashMap<>();
    private final AtomicInteger succeeded = new AtomicInteger();
    private final AtomicInteger revocations = new AtomicInteger();
    private final IdempotentRepository repository = MemoryIdempotentRepository.memoryIdempotentRepository(2 * LEADS);

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getRegistry().bind("createdLeads", repository);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(deadLetterChannel("direct:dead").maximumRedeliveries(0));
                from("seda:leads?concurrentConsumers=8&size=" + LEADS).routeId("soak")
                        .to("seventargets:lead?retryDelay=5&maxRetryDelay=1000&idempotentRepository=#createdLeads")
                        .process(e -> {
                            if (succeeded.incrementAndGet() % 500 == 0) {
                                simulator().revokeAllTokens();
                                revocations.incrementAndGet();
                            }
                        });
                from("direct:dead").routeId("dead").process(e -> deadLettered.put(
                        e.getMessage().getHeader("email", String.class),
                        String.valueOf(e.getProperty(Exchange.EXCEPTION_CAUGHT))));
            }
        };
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // the bounds below, on a busy machine
    void everyLeadIsCreatedOnceOrDeadLetteredWithItsReason() throws Exception {
        simulator().faults().onPath("/leads").rate(0.10).respond(503);
        simulator().faults().onPath("/leads").rate(0.001).respond(429, "Retry-After", "1");
        simulator().faults().onPath("/leads").rate(0.02).dropConnection();
        simulator().faults().onPath("/leads").rate(0.01).dropConnectionAfterHandling();
        NotifyBuilder done = new NotifyBuilder(context).fromRoute("soak").whenDone(LEADS).create();
        long started = System.nanoTime();

        for (int i = 0; i < LEADS; i++) {
            String email = "soak" + i + "@example.com";
            template.sendBodyAndHeader("seda:leads",
                    "{\"name\":\"Soak " + i + "\",\"email\":\"" + email + "\"}", "email", email);
        }

        assertThat(done.matches(3, TimeUnit.MINUTES)).as("all leads processed in time").isTrue();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        Set<String> created = simulator().leads().stream().map(l -> (String) l.get("email")).collect(Collectors.toSet());
        Map<String, Long> createdAnswers = simulator().journal("/leads").stream()
                .filter(r -> r.status() == 201)
                .collect(Collectors.groupingBy(FaultSoakTest::emailOf, Collectors.counting()));
        Map<Integer, Long> statuses = simulator().journal("/leads").stream()
                .collect(Collectors.groupingBy(RecordedRequest::status, TreeMap::new, Collectors.counting()));
        Map<String, Long> reasons = deadLettered.values().stream()
                .collect(Collectors.groupingBy(reason -> reason.replaceAll(":.*", ""), TreeMap::new,
                        Collectors.counting()));
        System.out.printf("Fault soak: %d leads in %.1f s: %d created, %d dead-lettered %s; answers %s; %d token"
                          + " requests, %d revocations%n", LEADS, took.toMillis() / 1000.0, created.size(),
                deadLettered.size(), reasons, statuses, simulator().tokenRequestCount(), revocations.get());

        Map<String, List<Integer>> postStatuses = simulator().journal("/leads").stream()
                .collect(Collectors.groupingBy(FaultSoakTest::emailOf,
                        Collectors.mapping(RecordedRequest::status, Collectors.toList())));
        Set<String> createdUnseen = created.stream().filter(deadLettered::containsKey).collect(Collectors.toSet());
        assertThat(createdUnseen).as("stored, their answers lost: the fault really happened").isNotEmpty();
        assertThat(createdUnseen).allSatisfy(email -> {
            assertThat(deadLettered.get(email)).as("dead-lettered as an unknown outcome")
                    .startsWith(SevenTargetsConnectionException.class.getName()).contains("it may have been done");
            List<Integer> attempts = postStatuses.get(email);
            assertThat(attempts).as("the lost answer ended its attempts: never sent again after it")
                    .endsWith(-1).containsOnlyOnce(-1);
        });
        Set<String> handled = new java.util.HashSet<>(created);
        handled.addAll(deadLettered.keySet());
        assertThat(handled).as("created or dead-lettered, none lost").hasSize(LEADS);
        assertThat(createdAnswers.values()).as("no lead created twice").allMatch(count -> count == 1);
        assertThat(createdAnswers.keySet()).as("created with an answer, or unseen")
                .isEqualTo(created.stream().filter(email -> !createdUnseen.contains(email)).collect(Collectors.toSet()));
        assertThat(deadLettered.values()).allSatisfy(reason -> assertThat(reason).startsWith("com.seventargets.camel.")
                .as("a revoked token is renewed, never a reason to give up").doesNotContain("HTTP 401"));
        assertThat(statuses).as("the faults really happened").containsKeys(429, 503, -1);
        assertThat(revocations.get()).isEqualTo(created.size() / 500);
        assertThat(simulator().tokenRequestCount()).as("about one token per revocation, however many calls were refused")
                .isBetween(1 + revocations.get(), 1 + 2 * revocations.get());
        assertThat(deadLettered.values()).filteredOn(reason -> reason.startsWith(
                SevenTargetsRateLimitException.class.getName())).as("a 429 is waited for: given up on only as the last"
                                                                    + " of the attempts")
                .allSatisfy(reason -> assertThat(reason).contains("after 4 attempts"));
        List<Instant> arrivals = simulator().journal("/leads").stream().map(RecordedRequest::receivedAt).toList();
        assertThat(simulator().journal("/leads")).filteredOn(r -> r.status() == 429).allSatisfy(limited ->
                assertThat(arrivals).as("no sender sent during the second a 429 asked for (the calls already under way"
                                        + " aside)")
                        .noneMatch(at -> at.isAfter(limited.receivedAt().plusMillis(100))
                                         && at.isBefore(limited.receivedAt().plusMillis(900))));
        assertThat(created).allSatisfy(email -> assertThat(repository.contains(key(email))).as(email).isTrue());

        redeliverTheDeadLetters(createdUnseen);
    }

    /** The faults stopped, every dead-lettered lead is offered again. */
    private void redeliverTheDeadLetters(Set<String> createdUnseen) {
        Map<String, String> firstDeadLetters = Map.copyOf(deadLettered);
        Set<String> unknown = firstDeadLetters.entrySet().stream()
                .filter(e -> e.getValue().contains("it may have been done")).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        assertThat(unknown).as("the unknown outcomes are dead-lettered").containsAll(createdUnseen);
        assertThat(firstDeadLetters.keySet()).allSatisfy(email -> assertThat(repository.contains(key(email)))
                .as("a key stays for an unknown outcome, is removed after a sure failure: " + email)
                .isEqualTo(unknown.contains(email)));
        Map<String, Long> postsBefore = postsByEmail();
        deadLettered.clear();
        simulator().faults().clear();
        NotifyBuilder done = new NotifyBuilder(context).fromRoute("soak").whenDone(firstDeadLetters.size()).create();

        firstDeadLetters.keySet().forEach(email -> template.sendBodyAndHeader("seda:leads",
                "{\"name\":\"Soak again\",\"email\":\"" + email + "\"}", "email", email));

        assertThat(done.matches(1, TimeUnit.MINUTES)).as("all dead letters offered again in time").isTrue();
        assertThat(deadLettered).as("no fault now").isEmpty();
        Map<String, Long> posts = postsByEmail();
        Set<String> created = simulator().leads().stream().map(l -> (String) l.get("email")).collect(Collectors.toSet());
        assertThat(firstDeadLetters.keySet()).allSatisfy(email -> {
            if (unknown.contains(email)) {
                assertThat(posts.get(email)).as("held back, never sent again: " + email).isEqualTo(postsBefore.get(email));
            } else {
                assertThat(posts.get(email)).as("sent once more: " + email).isEqualTo(postsBefore.get(email) + 1);
                assertThat(created).as("created by its redelivery").contains(email);
            }
        });
        Set<String> handled = new java.util.HashSet<>(created);
        handled.addAll(unknown);
        assertThat(handled).as("created, or held back as an unknown outcome: none lost").hasSize(LEADS);
        System.out.printf("Fault soak, dead letters offered again: %d created, %d held back as unknown outcomes%n",
                firstDeadLetters.size() - unknown.size(), unknown.size());
    }

    private static Map<String, Long> postsByEmail() {
        return simulator().journal("/leads").stream()
                .collect(Collectors.groupingBy(FaultSoakTest::emailOf, Collectors.counting()));
    }

    private static String key(String email) {
        return ASSISTANT + " " + email;
    }

    private static String emailOf(RecordedRequest request) {
        return request.body().replaceAll(".*\"email\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }
}
