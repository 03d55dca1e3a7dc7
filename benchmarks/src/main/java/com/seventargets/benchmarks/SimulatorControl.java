package com.seventargets.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The simulator's JVM ({@link SimulatorHost}), started once per run and driven over its stdin. */
final class SimulatorControl implements AutoCloseable {

    /**
     * The simulator's counters at one moment.
     *
     * @param mostConcurrentRequests the most requests under way at once (received, not yet answered) since the
     *     last reset
     * @param createRequests the {@code POST /leads} received since the last reset, whatever they were answered
     * @param leadsCreated the leads created since the last reset
     */
    record Stats(long tokenRequests, long cpuNanos, int mostConcurrentRequests, long createRequests,
            long leadsCreated) {
    }

    private static final long ANSWER_MILLIS = 30_000;
    private final JavaFork fork;
    private final Target target;

    private SimulatorControl(JavaFork fork, Target target) {
        this.fork = fork;
        this.target = target;
    }

    static SimulatorControl start(List<String> jvmArgs, Path log) throws IOException, InterruptedException {
        JavaFork fork = JavaFork.start(SimulatorHost.class, jvmArgs, List.of(), log);
        String ready = fork.readLine(ANSWER_MILLIS);
        if (ready == null || !ready.startsWith("READY ")) {
            fork.kill();
            throw new IOException("The simulator did not start (see " + log + "): " + ready);
        }
        String[] w = ready.split(" ");
        return new SimulatorControl(fork, new Target(w[1], w[2], w[3], w[4], w[5], Target.ASSISTANT));
    }

    Target target() {
        return target;
    }

    /** Forgets leads, tokens, faults and counters. */
    void reset() throws IOException, InterruptedException {
        command("reset");
    }

    /** Delays every request on {@code path} by {@code millis} until the next reset. */
    void delay(String path, long millis) throws IOException, InterruptedException {
        command("delay " + path + " " + millis);
    }

    Stats stats() throws IOException, InterruptedException {
        String[] w = command("stats").split(" ");
        return new Stats(Long.parseLong(w[1]), Long.parseLong(w[2]), Integer.parseInt(w[3]), Long.parseLong(w[4]),
                Long.parseLong(w[5]));
    }

    /** Holds every API answer {@code apiMillis} and every token answer {@code tokenMillis} until the next reset. */
    void latency(long apiMillis, long tokenMillis) throws IOException, InterruptedException {
        command("latency " + apiMillis + " " + tokenMillis);
    }

    /** The creates received in each second of the clock since the last reset, from the first to the last. */
    List<Long> createsPerSecond() throws IOException, InterruptedException {
        String[] w = command("creates-per-second").split(" ");
        return Stream.of(w).skip(1).map(Long::valueOf).toList();
    }

    @Override
    public void close() throws InterruptedException {
        fork.writeLine("quit");
        fork.close();
    }

    private String command(String line) throws IOException, InterruptedException {
        fork.writeLine(line);
        String answer = fork.readLine(ANSWER_MILLIS);
        if (answer == null || answer.equals(JavaFork.EOF)) {
            throw new IOException("The simulator did not answer " + line);
        }
        return answer;
    }
}
