package com.seventargets.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built {@code -runner.jar} as users start it: {@code java -jar}, in its own JVM, on a free loopback port
 * ({@code --port 0}), read from the lines it prints; run by failsafe after {@code package}.
 */
@Timeout(60) // reading a process' output blocks: a runner that never prints must fail, not hang the build
class RunnerJarIT {

    private static final Path RUNNER = Path.of(System.getProperty("simulator.runner"));
    private static final Path PLAIN = Path.of(System.getProperty("simulator.jar"));

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private Process process;

    @AfterEach
    void stopTheProcess() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    @Test
    void servesATokenAndALeadThenStopsOnSigterm(@TempDir Path dir) throws Exception {
        Path stderr = dir.resolve("stderr.txt");
        process = new ProcessBuilder(java(),
                "-Dorg.slf4j.simpleLogger.log.com.seventargets.simulator=debug",
                "-jar", RUNNER.toString(), "--port", "0", "--assistants", "2", "--client-secret", "s3cret")
                .redirectError(stderr.toFile())
                .start();
        Map<String, String> printed = readyLines(process);

        assertThat(printed).containsEntry("client id", "test-client").containsEntry("client secret", "s3cret")
                .containsEntry("user identifier", "test-user")
                .containsEntry("assistants", "2 (first: assistant1@simulator.7targets.test)");
        String baseUrl = printed.get("API base URL");
        assertThat(baseUrl).matches("http://127\\.0\\.0\\.1:\\d+");
        assertThat(printed.get("token URL")).isEqualTo(baseUrl + "/oauth2/token");

        HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(printed.get("token URL")))
                .header("Authorization", SimClient.basic("test-client", "s3cret"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=leads%2Fpost"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(token.statusCode()).isEqualTo(200);
        HttpResponse<String> lead = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/leads"))
                .header("Authorization", "Bearer " + SimClient.json(token).get("access_token").asText())
                .header("7ts-user-identifier", "test-user")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Ada\",\"email\":\"ada@example.com\","
                        + "\"assistantEmail\":\"assistant1@simulator.7targets.test\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(lead.statusCode()).isEqualTo(201);
        assertThat(SimClient.json(lead).get("id").asLong()).isEqualTo(1);

        process.destroy();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stopped on SIGTERM").isTrue();
        assertThat(process.exitValue()).isEqualTo(143);
        String log = Files.readString(stderr);
        assertThat(log).as("its logging backend printed the simulator's debug lines")
                .contains("POST /oauth2/token -> 200", "POST /leads -> 201")
                .doesNotContain("SLF4J", "Exception");
    }

    @Test
    void saysSoAndExitsWhenThePortIsTaken() throws Exception {
        try (SevenTargetsSimulator taken = SevenTargetsSimulator.builder().build().start()) {
            process = new ProcessBuilder(java(), "-jar", RUNNER.toString(), "--port", String.valueOf(taken.port()))
                    .redirectErrorStream(true)
                    .start();
            String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(process.waitFor()).isEqualTo(1);
            assertThat(printed.trim()).isEqualTo("Cannot start the 7Targets simulator on port " + taken.port()
                    + ": Address already in use");
        }
    }

    @Test
    void carriesItsDependenciesAndLoggingWhileThePlainJarHoldsOnlyTheSimulator() throws IOException {
        assertThat(entries(RUNNER)).contains("com/seventargets/simulator/SimulatorMain.class",
                "com/fasterxml/jackson/databind/ObjectMapper.class", "org/slf4j/LoggerFactory.class",
                "org/slf4j/simple/SimpleLogger.class", "META-INF/services/org.slf4j.spi.SLF4JServiceProvider");
        assertThat(entries(PLAIN)).contains("com/seventargets/simulator/SimulatorMain.class")
                .noneMatch(name -> name.startsWith("org/") || name.startsWith("com/fasterxml/"));
    }

    /** The lines printed up to the last one, "assistants ...", as label to value. */
    private static Map<String, String> readyLines(Process process) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("7Targets simulator running (Ctrl-C to stop)");
        Map<String, String> printed = new HashMap<>();
        for (String label : List.of("API base URL", "token URL", "client id", "client secret", "user identifier",
                "assistants")) {
            String line = out.readLine();
            assertThat(line).as("the line for " + label).startsWith("  " + label + " ");
            printed.put(label, line.substring(label.length() + 2).trim());
        }
        return printed;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static List<String> entries(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream().map(e -> e.getName()).toList();
        }
    }
}
