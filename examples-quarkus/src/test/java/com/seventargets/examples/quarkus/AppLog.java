package com.seventargets.examples.quarkus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The application's log from now on. It is {@code target/quarkus.log} in both test modes: written by the test JVM
 * ({@code %test} profile) or by the packaged application {@code @QuarkusIntegrationTest} launches.
 */
final class AppLog {

    private static final Path FILE = Path.of("target", "quarkus.log");

    private final long start;

    AppLog() throws IOException {
        this.start = Files.exists(FILE) ? Files.size(FILE) : 0;
    }

    /** Whether a line written since this object was made contains the text. */
    boolean contains(String text) throws IOException {
        return count(text) > 0;
    }

    /** How many times the text was written since this object was made. */
    int count(String text) throws IOException {
        byte[] log = Files.exists(FILE) ? Files.readAllBytes(FILE) : new byte[0];
        int from = log.length < start ? 0 : (int) start;
        String written = new String(log, from, log.length - from, StandardCharsets.UTF_8);
        int count = 0;
        for (int at = written.indexOf(text); at >= 0; at = written.indexOf(text, at + text.length())) {
            count++;
        }
        return count;
    }
}
