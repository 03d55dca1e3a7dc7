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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.seventargets.simulator.SevenTargetsSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The packaged application imports a CSV file of 5,000 leads against the simulator, is killed (SIGKILL) in the middle
 * of the file, and started again: every row is created, and the leads posted twice are at most the creates that were
 * under way at the kill. A long run: {@code -Ddelivery.long=true} (docs/delivery.md).
 */
@EnabledIfSystemProperty(named = "delivery.long", matches = "true")
class CsvCrashIT {

    private static final Logger LOG = LoggerFactory.getLogger(CsvCrashIT.class);
    private static final int ROWS = 5000;
    private static final long LOCK_MAX_AGE_MILLIS = 3000;
    private static final Duration IMPORTED = Duration.ofMinutes(5);
    private static final Pattern SUMMARY = Pattern.compile("crash\\.csv: (\\d+) created, (\\d+) already created, (\\d+) rejected");

    private final SevenTargetsSimulator simulator = SevenTargetsSimulator.builder().seedAssistants(3).build()
            .start();
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
    void killedInTheMiddleOfAFileThenStartedAgainCreatesEveryRowAndRepeatsAtMostTheCreatesUnderWay() throws Exception {
        Path work = Files.createTempDirectory("csv-crash");
        Path inbox = work.resolve("inbox");
        Path database = work.resolve("created-leads");
        Files.createDirectories(inbox);
        Path file = writeLeads(work.resolve("crash.csv"));

        application = start(work, inbox, database, "first");
        Files.move(file, inbox.resolve("crash.csv"), StandardCopyOption.ATOMIC_MOVE);
        await().atMost(IMPORTED).until(() -> simulator.leads().size() >= ROWS / 4);
        application.destroyForcibly().waitFor();
        int createdAtKill = simulator.leads().size();
        long underWay = keysNotConfirmed(database);
        LOG.info("Killed (SIGKILL) with {} of {} leads created; creates under way at the kill: {}", createdAtKill, ROWS,
                underWay);
        assertThat(createdAtKill).isLessThan(ROWS);

        // the keys under way are taken again once their locks are older than their maximum age
        Thread.sleep(LOCK_MAX_AGE_MILLIS);
        application = start(work, inbox, database, "second");
        Path log = work.resolve("second.log");
        await().atMost(IMPORTED).pollInterval(Duration.ofMillis(500)).until(() -> summary(log) != null);

        Matcher summary = summary(log);
        long posts = simulator.journal("/leads").stream().filter(request -> request.method().equals("POST")).count();
        LOG.info("Started again: {}; {} POSTs for {} leads, {} creates under way at the kill", summary.group(),
                posts, simulator.leads().size(), underWay);
        assertThat(simulator.leads()).hasSize(ROWS);
        assertThat(Integer.parseInt(summary.group(1)) + Integer.parseInt(summary.group(2))).isEqualTo(ROWS);
        assertThat(summary.group(3)).isEqualTo("0");
        assertThat(posts - ROWS).isLessThanOrEqualTo(underWay);
    }

    private static Path writeLeads(Path file) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file)) {
            writer.write("name,email\n");
            for (int i = 0; i < ROWS; i++) {
                writer.write("Lead " + i + ",crash" + i + "@example.com\n");
            }
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
        command.add("-Dquarkus.http.port=0");
        command.add("-Dleads.inbox=" + inbox);
        command.add("-Dquarkus.datasource.jdbc.url=jdbc:h2:file:" + database + ";WRITE_DELAY=0");
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

    private static Matcher summary(Path log) throws IOException {
        if (!Files.exists(log)) {
            return null;
        }
        Matcher matcher = SUMMARY.matcher(Files.readString(log));
        return matcher.find() ? matcher : null;
    }
}
