package com.seventargets.examples.quarkus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.seventargets.simulator.RecordedRequest;
import com.seventargets.simulator.SevenTargetsSimulator;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The packaged application imports a CSV file of 20,000 leads at concurrency 64 against the simulator at 100 ms
 * latency (each create takes a round trip as across the internet): the rate it reaches, read from the simulator's
 * journal, against the 640 leads/s the latency allows; and, killed (SIGKILL) at about half of the file and started
 * again, every row is created, the leads posted twice are at most the creates that were under way at the kill, and
 * the results file of the run started again covers every row; stopped (SIGTERM) half-way, no row is written off and
 * the file is taken again at the next start. A long run: {@code -Ddelivery.long=true}
 * (docs/delivery.md).
 */
@EnabledIfSystemProperty(named = "delivery.long", matches = "true")
class CsvCrashIT {

    private static final Logger LOG = LoggerFactory.getLogger(CsvCrashIT.class);
    private static final int ROWS = 20_000;
    private static final int CONCURRENCY = 64;
    private static final Duration LATENCY = Duration.ofMillis(100);
    private static final long LOCK_MAX_AGE_MILLIS = 3000;
    private static final Duration IMPORTED = Duration.ofMinutes(10);

    private final SevenTargetsSimulator simulator = SevenTargetsSimulator.builder().seedAssistants(3)
            .latency(LATENCY).build().start();
    private Process application;

    @AfterEach
    void stop() {
        if (application != null) {
            application.destroyForcibly();
        }
        simulator.stop();
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void sendsTheRowsOfALargeFileAtTheRateTheConcurrencyAndLatencyAllow() throws Exception {
        Path work = Files.createTempDirectory("csv-rate");
        Path inbox = work.resolve("inbox");
        Files.createDirectories(inbox);
        Path file = writeLeads(work.resolve("rate.csv"));
        application = start(work, inbox, work.resolve("created-leads"), "rate");
        await().atMost(IMPORTED).until(() -> Files.readString(work.resolve("rate.out")).contains("Installed features"));

        Files.move(file, inbox.resolve("rate.csv"), StandardCopyOption.ATOMIC_MOVE);
        await().atMost(IMPORTED).pollInterval(Duration.ofMillis(500)).until(() -> summary(work.resolve("rate.log"),
                "rate.csv") != null);

        List<RecordedRequest> created = simulator.journal("/leads").stream()
                .filter(request -> request.method().equals("POST") && request.status() == 201).toList();
        Instant first = created.get(0).receivedAt();
        Instant last = created.get(created.size() - 1).receivedAt();
        double seconds = Duration.between(first, last).plus(LATENCY).toMillis() / 1000.0;
        double rate = created.size() / seconds;
        double limit = CONCURRENCY / (LATENCY.toMillis() / 1000.0);
        LOG.info("{} leads created in {} s (first to last create the simulator received, plus one latency):"
                 + " {} leads/s, {} of the {} leads/s that {} in flight at {} ms allow; most requests under way at"
                 + " once: {}; the application said: {}", created.size(), seconds, Math.round(rate),
                String.format("%.2f", rate / limit), Math.round(limit), CONCURRENCY, LATENCY.toMillis(),
                simulator.stats().mostConcurrentRequests(), summary(work.resolve("rate.log"), "rate.csv").group());
        Files.readAllLines(work.resolve("rate.log")).stream().filter(line -> line.contains("rows done"))
                .forEach(line -> LOG.info("progress: {}", line));
        assertThat(simulator.leads()).hasSize(ROWS);
        assertThat(simulator.stats().mostConcurrentRequests()).isLessThanOrEqualTo(CONCURRENCY + 1);
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void killedInTheMiddleOfAFileThenStartedAgainCreatesEveryRowAndRepeatsAtMostTheCreatesUnderWay() throws Exception {
        Path work = importUntil("crash", ROWS / 2);
        Path inbox = work.resolve("inbox");
        Path database = work.resolve("created-leads");
        application.destroyForcibly().waitFor();
        int createdAtKill = simulator.leads().size();
        long underWay = keysNotConfirmed(database);
        LOG.info("Killed (SIGKILL) with {} of {} leads created; creates under way at the kill: {}", createdAtKill, ROWS,
                underWay);
        assertThat(createdAtKill).isLessThan(ROWS);
        assertThat(inbox.resolve("crash.csv")).as("the file stays in the inbox until its end").exists();

        // the keys under way are taken again once their locks are older than their maximum age
        Thread.sleep(LOCK_MAX_AGE_MILLIS);
        Matcher summary = startAgainUntilTheEnd(work, "crash.csv");
        long posts = posts();
        LOG.info("Started again: {}; {} POSTs for {} leads, {} creates under way at the kill", summary.group(),
                posts, simulator.leads().size(), underWay);
        assertThat(simulator.leads()).hasSize(ROWS);
        assertThat(Integer.parseInt(summary.group(1)) + Integer.parseInt(summary.group(2))).isEqualTo(ROWS);
        assertThat(summary.group(3)).isEqualTo("0");
        assertThat(summary.group(4)).isEqualTo("0");
        assertThat(posts - ROWS).isLessThanOrEqualTo(underWay);

        List<Path> results;
        try (var files = Files.list(inbox.resolve("done"))) {
            results = files.filter(path -> path.getFileName().toString().endsWith(".results.csv")).sorted().toList();
        }
        assertThat(results).as("one results file per run").hasSize(2);
        List<CSVRecord> resumed = CsvFiles.read(results.get(1));
        Set<String> rows = new HashSet<>();
        resumed.subList(1, resumed.size()).forEach(record -> rows.add(record.get(0)));
        assertThat(rows).as("the run started again covers every row").hasSize(ROWS);
        long already = resumed.stream().filter(record -> record.get(2).equals("already created")).count();
        LOG.info("Results: {} lines in the first run's file, {} in the second's ({} already created)",
                CsvFiles.read(results.get(0)).size() - 1, resumed.size() - 1, already);
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void stoppedInTheMiddleOfAFileThenStartedAgainContinuesItWithoutWritingOffARow() throws Exception {
        Path work = importUntil("stop", ROWS / 4);
        Path inbox = work.resolve("inbox");
        long stopAsked = System.nanoTime();
        application.destroy();
        assertThat(application.waitFor(3, TimeUnit.MINUTES)).as("stopped").isTrue();
        int createdAtStop = simulator.leads().size();
        LOG.info("Stopped (SIGTERM) with {} of {} leads created, in {} s", createdAtStop, ROWS,
                (System.nanoTime() - stopAsked) / 1_000_000_000);
        assertThat(inbox.resolve("stop.csv")).as("the file stays in the inbox").exists();
        List<CSVRecord> first = CsvFiles.read(onlyResults(inbox));
        assertThat(first).as("no row written off by the stop").noneMatch(record -> record.get(2).equals("failed"));

        Matcher summary = startAgainUntilTheEnd(work, "stop.csv");
        long posts = posts();
        LOG.info("Started again: {}; {} POSTs for {} leads; {} rows in the first run's results file", summary.group(),
                posts, simulator.leads().size(), first.size() - 1);
        assertThat(simulator.leads()).hasSize(ROWS);
        assertThat(Integer.parseInt(summary.group(1)) + Integer.parseInt(summary.group(2))).isEqualTo(ROWS);
        assertThat(summary.group(4)).isEqualTo("0");
        assertThat(posts).as("nothing posted twice").isEqualTo(ROWS);
    }

    /** Starts the application again ("second") and waits for the file's summary line, which it answers. */
    private Matcher startAgainUntilTheEnd(Path work, String file) throws Exception {
        application = start(work, work.resolve("inbox"), work.resolve("created-leads"), "second");
        Path log = work.resolve("second.log");
        await().atMost(IMPORTED).pollInterval(Duration.ofMillis(500)).until(() -> summary(log, file) != null);
        return summary(log, file);
    }

    private long posts() {
        return simulator.journal("/leads").stream().filter(request -> request.method().equals("POST")).count();
    }

    /**
     * Starts the application ("first") in a new work folder, drops {@code <name>.csv} into its inbox and waits until
     * the simulator holds {@code leads} leads.
     */
    private Path importUntil(String name, int leads) throws Exception {
        Path work = Files.createTempDirectory("csv-" + name);
        Path inbox = work.resolve("inbox");
        Files.createDirectories(inbox);
        Path file = writeLeads(work.resolve(name + ".csv"));
        application = start(work, inbox, work.resolve("created-leads"), "first");
        Files.move(file, inbox.resolve(name + ".csv"), StandardCopyOption.ATOMIC_MOVE);
        await().atMost(IMPORTED).until(() -> simulator.leads().size() >= leads);
        return work;
    }

    private static Path onlyResults(Path inbox) throws IOException {
        try (var files = Files.list(inbox.resolve("done"))) {
            List<Path> results = files.filter(path -> path.getFileName().toString().endsWith(".results.csv")).toList();
            assertThat(results).hasSize(1);
            return results.get(0);
        }
    }

    private static Path writeLeads(Path file) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file)) {
            writer.write(CsvFiles.leads("crash", ROWS));
        }
        return file;
    }

    private Process start(Path work, Path inbox, Path database, String name) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Dcamel.component.seventargets.token-url=" + simulator.tokenUrl());
        command.add("-Dcamel.component.seventargets.base-url=" + simulator.baseUrl());
        command.add("-Dcamel.component.seventargets.client-id=" + simulator.clientId());
        command.add("-Dcamel.component.seventargets.client-secret=" + simulator.clientSecret());
        command.add("-Dcamel.component.seventargets.user-identifier=" + simulator.userIdentifier());
        command.add("-Dcamel.component.seventargets.assistant-email=" + SimulatorResource.ASSISTANT);
        command.add("-Dcamel.component.seventargets.connections-per-route=" + (CONCURRENCY + 4));
        command.add("-Dleads.csv.concurrency=" + CONCURRENCY);
        command.add("-Dquarkus.http.port=0");
        command.add("-Dleads.inbox=" + inbox);
        command.add("-Dquarkus.datasource.jdbc.url=jdbc:h2:file:" + database + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
        command.add("-Dleads.once.lock-max-age=" + LOCK_MAX_AGE_MILLIS);
        command.add("-Dquarkus.log.file.enabled=true");
        command.add("-Dquarkus.log.file.path=" + work.resolve(name + ".log"));
        command.add("-jar");
        command.add(Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath().toString());
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve(name + ".out").toFile()).start();
    }

    /** The keys taken and not confirmed: the creates under way when the application was killed. */
    private static long keysNotConfirmed(Path database) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + database, "sa", "");
             ResultSet count = connection.createStatement().executeQuery(
                     "SELECT COUNT(*) FROM CAMEL_MESSAGEPROCESSED WHERE createdAt < TIMESTAMP '9999-01-01 00:00:00'")) {
            count.next();
            return count.getLong(1);
        }
    }

    private static Matcher summary(Path log, String file) throws IOException {
        if (!Files.exists(log)) {
            return null;
        }
        Matcher matcher = Pattern.compile(Pattern.quote(file) + ": (\\d+) created, (\\d+) already created, (\\d+) rejected,"
                                          + " (\\d+) failed").matcher(Files.readString(log));
        return matcher.find() ? matcher : null;
    }
}
