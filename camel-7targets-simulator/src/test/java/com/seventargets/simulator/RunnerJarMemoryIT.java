package com.seventargets.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner jar in a JVM of a small heap, fed many leads and many large unauthenticated posts, still answers. The
 * build runs a small version (a 48 MB heap, limits to match); the full figure, at the defaults, has its own command:
 * {@code ./mvnw -B verify -pl camel-7targets-simulator -Dit.test=RunnerJarMemoryIT -Dsimulator.memory=full}.
 */
@Timeout(900)
class RunnerJarMemoryIT {

    private static final Path RUNNER = Path.of(System.getProperty("simulator.runner"));
    private static final boolean FULL = "full".equals(System.getProperty("simulator.memory"));
    /** The heap, the leads and the 1 MB posts, and the simulator's options. */
    private static final String HEAP = FULL ? "-Xmx256m" : "-Xmx48m";
    private static final int LEADS = FULL ? 100_000 : 5_000;
    private static final int LARGE_POSTS = FULL ? 1_000 : 150;
    private static final List<String> OPTIONS = FULL ? List.of()
            : List.of("--journal-size", "8m", "--max-leads", "2000", "--threads", "4");
    private static final int CLIENTS = 8;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private Process process;

    @AfterEach
    void stopTheProcess() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    @Test
    void aSmallHeapServesManyLeadsAndLargeUnauthenticatedPostsAndStillAnswers(@TempDir Path dir) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), HEAP, "-XX:+ExitOnOutOfMemoryError", "-jar",
                RUNNER.toString(), "--port", "0"));
        command.addAll(OPTIONS);
        Path stderr = dir.resolve("stderr.txt");
        process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("7Targets simulator running (Ctrl-C to stop)");
        String baseUrl = out.readLine().replace("API base URL", "").trim();
        long started = System.nanoTime();

        String token = token(baseUrl);
        AtomicInteger created = new AtomicInteger();
        inParallel(LEADS, i -> {
            HttpResponse<Void> answer = send(HttpRequest.newBuilder(URI.create(baseUrl + "/leads"))
                    .header("Authorization", "Bearer " + token).header("7ts-user-identifier", "test-user")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Lead " + i + "\",\"email\":\"lead" + i
                            + "@example.com\",\"assistantEmail\":\"assistant1@simulator.7targets.test\","
                            + "\"context\":\"Met at the trade show, asked for a demo of the import\"}")));
            assertThat(answer.statusCode()).isEqualTo(201);
            created.incrementAndGet();
        });
        byte[] megabyte = new byte[1_000_000];
        inParallel(LARGE_POSTS, i -> assertThat(send(HttpRequest.newBuilder(URI.create(baseUrl + "/leads"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(megabyte))).statusCode()).isEqualTo(401));
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);

        assertThat(process.isAlive()).as("alive; its standard error: %s", Files.readString(stderr)).isTrue();
        HttpResponse<String> stats = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/_simulator/stats")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(stats.statusCode()).isEqualTo(200);
        JsonNode figures = SimClient.json(stats);
        System.out.printf("runner jar %s %s: %d leads and %d unauthenticated 1 MB posts in %d s; it answers %s%n", HEAP,
                String.join(" ", OPTIONS), LEADS, LARGE_POSTS, seconds, stats.body());
        assertThat(created.get()).isEqualTo(LEADS);
        assertThat(figures.get("requests").get("POST /leads").asLong()).isEqualTo(LEADS + LARGE_POSTS);
        assertThat(figures.get("leads").asLong() + figures.get("evictedLeads").asLong()).isEqualTo(LEADS);
        assertThat(send(HttpRequest.newBuilder(URI.create(baseUrl + "/leads/assistant"))
                .header("Authorization", "Bearer " + token).header("7ts-user-identifier", "test-user")).statusCode())
                .as("still answers").isEqualTo(200);
    }

    private interface Step {
        void run(int index) throws Exception;
    }

    /** Runs {@code step} for 0 to count - 1 in {@value #CLIENTS} threads; fails on the first failure. */
    private static void inParallel(int count, Step step) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                done.add(clients.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        step.run(i);
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            clients.shutdownNow();
        }
    }

    private String token(String baseUrl) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/oauth2/token"))
                .header("Authorization", SimClient.basic("test-client", "test-secret"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        return SimClient.json(answer).get("access_token").asText();
    }

    private HttpResponse<Void> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding());
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
