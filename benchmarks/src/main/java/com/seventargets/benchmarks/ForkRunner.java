package com.seventargets.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs one {@link ForkSpec} in a fresh worker JVM against a freshly reset simulator, reading the simulator's
 * counters when the worker announces its measured window, and kills the worker if it overruns.
 */
final class ForkRunner {

    /**
     * What a fork produced.
     *
     * @param resultJson the worker's RESULT, null if it died or overran
     * @param tokenRequests token requests the simulator saw during the whole fork
     * @param simulatorCpuNanos the simulator's CPU time during the measured window (0 without one)
     * @param mostConcurrentRequests the most requests the simulator had under way at once during the whole fork
     * @param failure why there is no result
     */
    record Outcome(String resultJson, long tokenRequests, long simulatorCpuNanos, int mostConcurrentRequests,
            String failure) {
        <T> T result(Class<T> type) {
            return resultJson == null ? null : Json.read(resultJson, type);
        }
    }

    private final SimulatorControl simulator;
    private final Path logDir;
    private final List<String> jvmArgs;
    private int forks;

    ForkRunner(SimulatorControl simulator, Path logDir, List<String> jvmArgs) throws IOException {
        this.simulator = simulator;
        this.logDir = Files.createDirectories(logDir);
        this.jvmArgs = jvmArgs;
    }

    Target target() {
        return simulator.target();
    }

    /** The simulator, whose counters still hold the last fork's figures until the next fork starts. */
    SimulatorControl simulator() {
        return simulator;
    }

    /** Runs {@code spec} with the default JVM options and no simulator delay. */
    Outcome run(ForkSpec spec) throws IOException, InterruptedException {
        return run(spec, List.of(), Map.of());
    }

    /** Runs {@code spec}, adding JVM options, with the simulator delaying each path of {@code delays} (ms). */
    Outcome run(ForkSpec spec, List<String> extraJvmArgs, Map<String, Long> delays)
            throws IOException, InterruptedException {
        return run(spec, extraJvmArgs, delays, 0);
    }

    /**
     * Runs {@code spec}, adding JVM options, with the simulator delaying each path of {@code delays} (ms) and
     * holding every answer, the token endpoint's included, {@code latencyMillis}.
     */
    Outcome run(ForkSpec spec, List<String> extraJvmArgs, Map<String, Long> delays, long latencyMillis)
            throws IOException, InterruptedException {
        simulator.reset();
        for (Map.Entry<String, Long> delay : delays.entrySet()) {
            simulator.delay(delay.getKey(), delay.getValue());
        }
        if (latencyMillis > 0) {
            simulator.latency(latencyMillis, latencyMillis);
        }
        List<String> options = new ArrayList<>(jvmArgs);
        options.addAll(extraJvmArgs);
        Path log = logDir.resolve(String.format("fork-%03d-%s-%s-%d.log", ++forks, spec.mode(), spec.variant(),
                spec.senders()));
        System.err.printf("  fork %d: %s %s, %d senders ... ", forks, spec.mode(), spec.variant(), spec.senders());
        long deadline = System.currentTimeMillis() + spec.timeoutSeconds() * 1000;
        SimulatorControl.Stats windowStart = null;
        String lastLine = "";
        String lineBefore = "";
        long simulatorCpu = 0;
        try (JavaFork fork = JavaFork.start(Worker.class, options, spec.toArgs(), log)) {
            for (String line = fork.readLine(deadline - System.currentTimeMillis()); ;
                    line = fork.readLine(deadline - System.currentTimeMillis())) {
                if (line == null || line.equals(JavaFork.EOF)) {
                    fork.kill();
                    String failure = line == null ? "overran " + spec.timeoutSeconds() + " s, killed"
                            : "died (" + lineBefore + " / " + lastLine + "), see " + log;
                    System.err.println(failure);
                    SimulatorControl.Stats end = simulator.stats();
                    return new Outcome(null, end.tokenRequests(), simulatorCpu, end.mostConcurrentRequests(), failure);
                } else if (line.equals("MEASURE-START")) {
                    windowStart = simulator.stats();
                } else if (line.equals("MEASURE-END") && windowStart != null) {
                    simulatorCpu = simulator.stats().cpuNanos() - windowStart.cpuNanos();
                } else if (line.startsWith("RESULT ")) {
                    System.err.println("done");
                    SimulatorControl.Stats end = simulator.stats();
                    return new Outcome(line.substring(7), end.tokenRequests(), simulatorCpu,
                            end.mostConcurrentRequests(), null);
                } else {
                    lineBefore = lastLine;
                    lastLine = line;
                }
            }
        }
    }
}
