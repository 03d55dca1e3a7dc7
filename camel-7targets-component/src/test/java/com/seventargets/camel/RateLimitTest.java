package com.seventargets.camel;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.seventargets.simulator.RecordedRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.seventargets.camel.TestLeads.lead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 7Targets' rate limit as every sender of the same credentials meets it together.
 */
class RateLimitTest extends SevenTargetsTestSupport {

    @Test
    void a429WithRetryAfterHoldsBackEverySenderUntilThenAndEachLeadIsCreatedOnce() throws Exception {
        simulator().faults().onPath("/leads").times(1).respond(429, "Retry-After", "2");
        ExecutorService senders = Executors.newFixedThreadPool(16);
        try {
            List<Future<Exchange>> sent = new ArrayList<>();
            sent.add(send(senders, 0));
            while (simulator().journal("/leads").stream().noneMatch(request -> request.status() == 429)) {
                Thread.sleep(5);
            }
            Thread.sleep(200); // the first sender has its 429 by now; the 15 others start during the wait
            for (int i = 1; i < 16; i++) {
                sent.add(send(senders, i));
            }
            for (Future<Exchange> exchange : sent) {
                assertThat(exchange.get(30, TimeUnit.SECONDS).getException()).isNull();
            }

            List<RecordedRequest> journal = simulator().journal("/leads");
            assertThat(journal.get(0).status()).isEqualTo(429);
            Instant limitedUntil = journal.get(0).receivedAt().plusSeconds(2);
            assertThat(journal.subList(1, journal.size())).as("after the 429, nothing until its Retry-After")
                    .hasSize(16).allSatisfy(request -> {
                        assertThat(request.receivedAt()).isAfterOrEqualTo(limitedUntil);
                        assertThat(request.status()).isEqualTo(201);
                    });
            assertThat(simulator().leads()).as("each once").hasSize(16);
        } finally {
            senders.shutdownNow();
        }
    }

    @Test
    void maxRequestsPerSecondSpacesTheCallsOfEverySenderSoNoSecondSeesMore() throws Exception {
        String paced = "seventargets:lead?maxRequestsPerSecond=20";
        // a first call loads the classes of both sides, which would hold up the first of the 40 alone
        template.sendBody(paced, lead("Warm", "warm@example.com"));
        List<Exchange> sent = TestLeads.sendAtOnce(template, paced, TestLeads.leads("Paced", 40));
        assertThat(sent).allSatisfy(exchange -> assertThat(exchange.getException()).isNull());

        List<Instant> received = simulator().journal("/leads").stream().skip(1).map(RecordedRequest::receivedAt)
                .toList();
        assertThat(received).hasSize(40);
        Instant first = received.get(0);
        Map<Long, Long> perSecond = received.stream().collect(Collectors.groupingBy(
                at -> Duration.between(first, at).toMillis() / 1000, Collectors.counting()));
        assertThat(perSecond).as("requests in each second from the first")
                .allSatisfy((second, count) -> assertThat(count).isLessThanOrEqualTo(20));
        assertThat(Duration.between(first, received.get(39))).as("39 gaps of 51.5 ms, none much longer")
                .isBetween(Duration.ofMillis(1900), Duration.ofMillis(3000));
    }

    @Test
    void endpointsThatShareCredentialsMustShareTheirRate() throws Exception {
        template.sendBody("seventargets:lead?maxRequestsPerSecond=20", lead("Paced", "paced@example.com"));

        assertThatThrownBy(() -> template.sendBody("seventargets:lead?maxRequestsPerSecond=30",
                lead("Other", "other@example.com")))
                .hasStackTraceContaining("Option maxRequestsPerSecond 30 differs from the 20 of another endpoint");
    }

    private Future<Exchange> send(ExecutorService senders, int i) {
        return send(senders, i, "seventargets:lead");
    }

    private Future<Exchange> send(ExecutorService senders, int i, String uri) {
        return senders.submit(() -> template.request(uri, exchange -> exchange.getIn()
                .setBody(lead("Limited " + i, "limited" + i + "@example.com"))));
    }
}
