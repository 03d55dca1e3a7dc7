package com.seventargets.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM on this JVM's class path: its stdout read line by line (with a time limit), its stdin writable,
 * its stderr appended to a log file. Closing it kills it if it is still running.
 */
final class JavaFork implements AutoCloseable {

    /** What {@link #readLine(long)} answers once the child's stdout is closed. */
    static final String EOF = "\u0000EOF";

    private final Process process;
    private final PrintStream stdin;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    private JavaFork(Process process) {
        this.process = process;
        this.stdin = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
        Thread reader = new Thread(this::pump, "fork-reader-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    static JavaFork start(Class<?> mainClass, List<String> jvmArgs, List<String> args, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        return new JavaFork(builder.start());
    }

    /** The next line, {@link #EOF} once there are no more, or null after {@code timeoutMillis}. */
    String readLine(long timeoutMillis) throws InterruptedException {
        return lines.poll(Math.max(0, timeoutMillis), TimeUnit.MILLISECONDS);
    }

    void writeLine(String line) {
        stdin.println(line);
    }

    @Override
    public void close() throws InterruptedException {
        stdin.close();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Kills the child now. */
    void kill() {
        process.destroyForcibly();
    }

    private void pump() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            // the child died: EOF below
        }
        lines.add(EOF);
    }
}
