package com.seventargets.camel.quarkus.it;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged application, started with java -jar as in production: no simulator unless asked for. */
class PackagedApplicationIT {

    private static final Path JAR = Path.of(System.getProperty("quarkus.app.jar"));

    @Test
    @Timeout(60)
    void withoutCredentialsExitsWithAnErrorNamingThem() throws Exception {
        long start = System.nanoTime();
        Process app = start(List.of());
        // read to its end (the process exits), so that it cannot block on a full pipe
        String output = new String(app.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("time to exit").isLessThan(Duration.ofSeconds(30));
        assertThat(app.exitValue()).isNotZero();
        assertThat(output).contains("camel.component.seventargets.client-id (environment variable"
                                    + " CAMEL_COMPONENT_SEVENTARGETS_CLIENT_ID)")
                .contains("camel.component.seventargets.client-secret")
                .contains("camel.component.seventargets.user-identifier")
                .doesNotContain("DEMO:");
    }

    @Test
    @Timeout(60)
    void withTheDemoSwitchStartsAndSaysSo() throws Exception {
        Process app = start(List.of("-Dquarkus.camel.seventargets.simulator.enabled=true"));
        try (BufferedReader output = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            String demo = null;
            boolean started = false;
            while ((demo == null || !started) && (line = output.readLine()) != null) {
                if (line.contains("WARN") && line.contains("DEMO: the 7Targets simulator at http://127.0.0.1:")) {
                    demo = line;
                }
                started |= line.contains("started in");
            }
            assertThat(demo).as("the WARN line of the demo simulator").isNotNull();
            assertThat(started).as("the application started").isTrue();
            assertThat(app.isAlive()).isTrue();
        } finally {
            app.destroy();
            app.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static Process start(List<String> options) throws Exception {
        assertThat(JAR).as("the packaged application").matches(Files::isRegularFile);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.add("-jar");
        command.add(JAR.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("SEVENTARGETS_") || name.startsWith("CAMEL_COMPONENT_SEVENTARGETS_"));
        return builder.start();
    }
}
