package com.seventargets.examples.quarkus;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.seventargets.examples.quarkus.FoldersResource.Folders;
import com.seventargets.simulator.RecordedRequest;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The CSV route on files of a few hundred rows against a simulator as slow as the real service: rows in flight at
 * once, a transient failure retried, a quota that pauses the import, the imports under way. What was sent is read
 * from the simulator's admin API.
 */
@QuarkusTest
@WithTestResource(value = SimulatorResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FoldersResource.class, scope = TestResourceScope.GLOBAL)
class CsvBulkTest extends SimulatorTest {

    private static final Duration IMPORTED = Duration.ofSeconds(60);

    Folders folders;
    @ConfigProperty(name = "leads.csv.concurrency")
    int concurrency;

    @Test
    void keepsTheConfiguredNumberOfCreatesInFlightAndWritesEveryRowsOutcome() throws Exception {
        simulator.setLatency(Duration.ofMillis(50));
        AppLog log = new AppLog();

        CsvFiles.drop(folders, "bulk-1.csv", CsvFiles.leads("bulk1.", 300));

        await().atMost(IMPORTED).until(() -> log.contains("bulk-1.csv: 300 created, 0 already created, 0 rejected,"
                                                          + " 0 failed"));
        JsonPath stats = simulatorStats();
        assertThat(stats.getInt("leads")).isEqualTo(300);
        assertThat(stats.getInt("mostConcurrentRequests")).as("the creates in flight at once, as the simulator saw")
                .isBetween(concurrency * 3 / 4, concurrency + 1);
        List<CSVRecord> results = CsvFiles.read(CsvFiles.resultsFiles(folders, "bulk-1.csv").get(0));
        assertThat(results.subList(1, results.size())).extracting(record -> record.get(0))
                .as("every row once").containsExactlyInAnyOrderElementsOf(
                        IntStream.rangeClosed(1, 300).mapToObj(String::valueOf).toList());
        assertThat(results.subList(1, results.size())).allSatisfy(record -> {
            assertThat(record.get(2)).isEqualTo("created");
            assertThat(record.get(1)).isEqualTo("bulk1." + record.get(0) + "@example.com");
        });
    }

    @Test
    void aTransientFailureOfARowIsRetriedThenCreated() throws Exception {
        AppLog log = new AppLog();
        // more 503s than the component's own 4 attempts: the route's redelivery sends the row again, twice
        simulator.faults().onPath("/leads").times(5).respond(503);

        CsvFiles.drop(folders, "bulk-2.csv", CsvFiles.leads("bulk2.", 1));

        await().atMost(IMPORTED).until(() -> log.contains("bulk-2.csv: 1 created, 0 already created, 0 rejected,"
                                                          + " 0 failed"));
        assertThat(simulatorStats().getInt("leads")).isEqualTo(1);
        assertThat(simulator.journal("/leads")).filteredOn(request -> request.status() == 503).hasSize(5);
        assertThat(folders.done().resolve("bulk-2.csv")).exists();
    }

    @Test
    void aQuotaPausesTheImportUntilItsRetryAfterAndNoRowFails() throws Exception {
        simulator.setLatency(Duration.ofMillis(20));
        AppLog log = new AppLog();
        // a Retry-After longer than the component's max-retry-delay (1 s in the tests): a quota
        simulator.faults().onPath("/leads").times(1).respond(429, "Retry-After", "2");

        CsvFiles.drop(folders, "bulk-3.csv", CsvFiles.leads("bulk3.", 60));

        await().atMost(IMPORTED).until(() -> log.contains("bulk-3.csv: 60 created, 0 already created, 0 rejected,"
                                                          + " 0 failed"));
        assertThat(log.contains("CSV imports paused until")).isTrue();
        assertThat(simulatorStats().getInt("leads")).isEqualTo(60);
        assertThat(folders.done().resolve("bulk-3.csv")).exists();
        assertThat(folders.inbox().resolve("failed").resolve("bulk-3.csv")).doesNotExist();
        List<RecordedRequest> posts = simulator.journal("/leads");
        Instant limited = posts.stream().filter(request -> request.status() == 429).findFirst().orElseThrow()
                .receivedAt();
        assertThat(posts).as("nothing sent during the pause (the creates already under way aside); 429 at %s: %s",
                        limited, posts.stream().map(request -> request.receivedAt() + " " + request.status()).toList())
                .noneMatch(request -> request.receivedAt().isAfter(limited.plusMillis(500))
                                      && request.receivedAt().isBefore(limited.plusMillis(1500)));
    }

    @Test
    void theImportsUnderWayAreListedWithTheirProgress() throws Exception {
        simulator.setLatency(Duration.ofMillis(100));
        AppLog log = new AppLog();

        CsvFiles.drop(folders, "bulk-4.csv", CsvFiles.leads("bulk4.", 400));

        JsonPath underWay = await().atMost(IMPORTED).until(() -> given().get("/imports").then().statusCode(200)
                .extract().jsonPath(), imports -> !imports.getList("findAll { it.file == 'bulk-4.csv' && it.rowsDone > 0 }")
                .isEmpty());
        Map<String, Object> status = underWay.getMap("find { it.file == 'bulk-4.csv' }");
        assertThat(status).containsKeys("started", "rowsPerSecond", "results").containsEntry("rowsAbout", 400)
                .containsEntry("pausedUntil", null);
        assertThat(underWay.getMap("find { it.file == 'bulk-4.csv' }.rows", String.class, Integer.class))
                .containsOnlyKeys("created", "already created", "rejected", "failed");
        await().atMost(IMPORTED).until(() -> log.contains("bulk-4.csv: 400 created"));
        assertThat(log.contains("rows done of about 400 (")).as("a progress line").isTrue();
        assertThat(given().get("/imports").then().statusCode(200).extract().jsonPath().getList("file"))
                .doesNotContain("bulk-4.csv");
        assertThat(given().get("/q/metrics").then().extract().asString())
                .containsPattern("(?m)^leads_csv_rows_total\\{outcome=\"created\"} \\d+");
        assertThat(Files.exists(folders.done().resolve("bulk-4.csv"))).isTrue();
    }

    private JsonPath simulatorStats() {
        return given().baseUri("http://127.0.0.1:" + simulator.port()).get("/_simulator/stats").then().statusCode(200)
                .extract().jsonPath();
    }
}
