package com.seventargets.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LatencyTest {

    private static final String LEAD = "{\"name\":\"Ada\",\"email\":\"ada@example.com\","
            + "\"assistantEmail\":\"assistant1@simulator.7targets.test\"}";
    private static final Duration LATENCY = Duration.ofMillis(100);

    @Test
    void holdsEachApiAnswerForTheLatencyButNotTheTokenEndpointNorTheAdminApi() throws Exception {
        try (SevenTargetsSimulator sim = SevenTargetsSimulator.builder().latency(Duration.ofMillis(700)).build()
                .start()) {
            SimClient client = new SimClient(sim);
            long started = System.nanoTime();
            assertThat(client.call("POST", "/leads", LEAD).statusCode()).isEqualTo(201);
            assertThat(elapsedSince(started)).as("an API answer, held").isGreaterThanOrEqualTo(Duration.ofMillis(700));
            started = System.nanoTime();
            assertThat(client.raw("GET", "/leads/assistant", null).statusCode()).isEqualTo(401);
            assertThat(elapsedSince(started)).as("a 401 too").isGreaterThanOrEqualTo(Duration.ofMillis(700));

            sim.setLatency(Duration.ofSeconds(60));
            CompletableFuture<HttpResponse<String>> held = sendAsync(sim, "/leads/assistant");
            assertThat(client.newToken()).as("a token while an API call is held").isNotBlank();
            assertThat(client.raw("GET", "/_simulator/stats", null).statusCode()).isEqualTo(200);
            assertThat(held).isNotDone();

            sim.reset();
            started = System.nanoTime();
            assertThat(new SimClient(sim).call("POST", "/leads", LEAD).statusCode()).isEqualTo(201);
            assertThat(elapsedSince(started)).as("reset restores the builder's latency").isLessThan(Duration.ofSeconds(60))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(700));
        }
    }

    @Test
    void holdsEachTokenAnswerForTheTokenLatencyButNotTheApi() throws Exception {
        try (SevenTargetsSimulator sim = SevenTargetsSimulator.builder().tokenLatency(Duration.ofMillis(700)).build()
                .start()) {
            SimClient client = new SimClient(sim);
            long started = System.nanoTime();
            assertThat(client.call("GET", "/leads/assistant", null).statusCode()).as("after a token").isEqualTo(200);
            assertThat(elapsedSince(started)).as("a token answer, held").isGreaterThanOrEqualTo(Duration.ofMillis(700));

            sim.setTokenLatency(Duration.ofSeconds(60));
            CompletableFuture<HttpResponse<String>> held = sendAsync(sim, "/oauth2/token");
            assertThat(client.call("POST", "/leads", LEAD).statusCode()).as("an API call while a token is held")
                    .isEqualTo(201);
            assertThat(held).isNotDone();
        }
    }

    /**
     * Two handler threads, and a burst of requests each held 100 ms: were the latency kept by a thread, at most two
     * could be under way at once. Every request that arrived within 100 ms of another must have overlapped it (read
     * from the journal's arrival times, since a loaded machine may spread the burst over more than 100 ms).
     */
    @ParameterizedTest
    @ValueSource(ints = {64, 1000})
    void aHeldAnswerTakesNoThreadSoAnyNumberAreUnderWayAtOnce(int requests) throws Exception {
        int threads = 2;
        try (SevenTargetsSimulator sim = SevenTargetsSimulator.builder().threads(threads).latency(LATENCY).build()
                .start()) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/leads/assistant"))
                    .timeout(Duration.ofSeconds(50)).build();
            List<CompletableFuture<HttpResponse<Void>>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                answers.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding()));
            }
            for (CompletableFuture<HttpResponse<Void>> answer : answers) {
                assertThat(answer.get(55, TimeUnit.SECONDS).statusCode()).isEqualTo(401);
            }

            int overlapping = mostArrivalsWithin(sim.journal(), LATENCY);
            System.out.printf("%d requests held %d ms by %d threads: %d under way at once, %d arrived within %d ms%n",
                    requests, LATENCY.toMillis(), threads, sim.mostConcurrentRequests(), overlapping,
                    LATENCY.toMillis());
            assertThat(sim.journal()).hasSize(requests);
            assertThat(overlapping).as("requests read within 100 ms (no more than the threads if a wait held one)")
                    .isGreaterThan(threads);
            assertThat(sim.mostConcurrentRequests()).isGreaterThanOrEqualTo(overlapping);
        }
    }

    private static CompletableFuture<HttpResponse<String>> sendAsync(SevenTargetsSimulator sim, String path) {
        return HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(URI.create(sim.baseUrl() + path))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The most requests of the journal that arrived within less than {@code window} of one another. */
    private static int mostArrivalsWithin(List<RecordedRequest> journal, Duration window) {
        List<Instant> arrivals = journal.stream().map(RecordedRequest::receivedAt).sorted().toList();
        int most = 0;
        int first = 0;
        for (int last = 0; last < arrivals.size(); last++) {
            while (!arrivals.get(first).plus(window).isAfter(arrivals.get(last))) {
                first++;
            }
            most = Math.max(most, last - first + 1);
        }
        return most;
    }

    private static Duration elapsedSince(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }
}
