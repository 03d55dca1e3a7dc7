package com.seventargets.camel.it;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.seventargets.simulator.SevenTargetsSimulator;
import com.seventargets.simulator.SevenTargetsSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code camel run leads.yaml application.properties --dep=com.seventargets:camel-7targets:<version>}, as a user types
 * it, in a JVM of its own, against the simulator. Camel JBang resolves our jar from the repository this module's build
 * installed it into (never ~/.m2, which may hold an older snapshot) and everything else from ~/.m2 read as a file
 * repository: Maven Central is off, so nothing leaves the machine.
 */
class CamelJBangIT {

    @RegisterExtension
    static final SevenTargetsSimulatorExtension SIMULATOR = new SevenTargetsSimulatorExtension();

    private static final Path WORK = Path.of("target", "jbang-run");

    @Test
    @Timeout(value = 150, unit = TimeUnit.SECONDS)
    void camelRunCreatesLeadsThroughTheComponentAndItsKamelet() throws Exception {
        SevenTargetsSimulator simulator = SIMULATOR.simulator();
        prepareWorkDirectory(simulator);
        Path output = WORK.resolve("camel-run.log");

        Process camel = new ProcessBuilder(command()).directory(WORK.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean exited;
        try {
            exited = camel.waitFor(2, TimeUnit.MINUTES);
        } finally {
            camel.destroyForcibly();
        }
        String log = Files.readString(output);

        assertThat(exited).as("camel run ended by itself after its messages; its output:\n" + log).isTrue();
        assertThat(camel.exitValue()).as(log).isZero();
        for (String email : List.of("jbang-1@example.com", "jbang-2@example.com",
                "jbang-kamelet-1@example.com", "jbang-kamelet-2@example.com")) {
            assertThat(simulator.leadByEmail(email)).as(email + " created; camel run printed:\n" + log).isPresent();
        }
        assertThat(simulator.leadByEmail("jbang-kamelet-1@example.com").orElseThrow()).containsEntry("source", "Kamelet");
        assertThat(log).as("the addresses camel run printed (repositories it resolved from, URLs)")
                .doesNotContainPattern("https?://(?!127\\.0\\.0\\.1[:/])");
        assertThat(log).doesNotContain(simulator.clientSecret(), simulator.userIdentifier())
                .doesNotContain("clientId=" + simulator.clientId());
    }

    private static List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // its own home: no ~/.m2/settings.xml, ~/.camel or ~/.camel-jbang of the user's; its own local repository
        command.add("-Duser.home=" + WORK.resolve("home").toAbsolutePath());
        command.add("-Dmaven.repo.local=" + System.getProperty("jbang.repository"));
        command.add("-cp");
        command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        command.add(CamelJBang.class.getName());
        command.addAll(List.of("run", "leads.yaml", "application.properties",
                "--dep=com.seventargets:camel-7targets:" + System.getProperty("seventargets.version"),
                "--maven-central-enabled=false", "--maven-apache-snapshot-enabled=false",
                "--repos=" + URI.create("file://" + Path.of(System.getProperty("jbang.mavenRepository")).toAbsolutePath()),
                // 2 ticks, each completing 2 exchanges (the route's and the Kamelet's): then camel run stops
                "--max-messages=4", "--max-seconds=110", "--logging-color=false"));
        return command;
    }

    private static void prepareWorkDirectory(SevenTargetsSimulator simulator) throws IOException {
        if (Files.exists(WORK)) {
            try (Stream<Path> files = Files.walk(WORK)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        Files.createDirectories(WORK.resolve("home"));
        Files.copy(Path.of("src", "test", "resources", "jbang", "leads.yaml"), WORK.resolve("leads.yaml"));
        Files.writeString(WORK.resolve("application.properties"), String.join("\n",
                "camel.component.seventargets.client-id=" + simulator.clientId(),
                "camel.component.seventargets.client-secret=" + simulator.clientSecret(),
                "camel.component.seventargets.user-identifier=" + simulator.userIdentifier(),
                "camel.component.seventargets.token-url=" + simulator.tokenUrl(),
                "camel.component.seventargets.base-url=" + simulator.baseUrl(),
                "camel.component.seventargets.assistant-email=" + simulator.assistants().get(0).get("emailid"), ""));
    }
}
