package com.seventargets.benchmarks;

import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs the benchmark (issues 4 and 10) and writes its report: starts the simulator in its own JVM, runs the chosen
 * scenarios, each measurement in a fresh worker JVM, then renders the results. Run from the project root:
 * {@code java -jar benchmarks/target/camel-7targets-benchmarks.jar [--quick] [--help]}.
 */
public final class BenchmarkMain {

    private static final Scenario WARMUP = new SimulatorWarmup();
    private static final List<Scenario> SCENARIOS = List.of(new ThroughputScenario(), new TokenDelayScenario(),
            new DeadlockScenario(), new StartupScenario(), new BulkImportScenario(), new InFlightScenario(),
            new PacingScenario(), new BulkLatencyScenario());
    private static final List<String> WORKER_JVM = List.of("-Xms1g", "-Xmx1g");
    private static final List<String> SIMULATOR_JVM = List.of("-Xms1g", "-Xmx2g");

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        if (List.of(args).contains("--help")) {
            System.out.print(Options.USAGE);
            return;
        }
        Options options = Options.parse(args);
        Results results = new Results();
        Environment environment = Environment.detect(); // the code as it is when the run starts
        long started = System.nanoTime();
        Files.createDirectories(options.logDir());
        try (SimulatorControl simulator = SimulatorControl.start(SIMULATOR_JVM, options.logDir().resolve("simulator.log"))) {
            List<String> workerJvm = Stream.concat(WORKER_JVM.stream(), options.workerJvmArgs().stream()).toList();
            ForkRunner runner = new ForkRunner(simulator, options.logDir(), workerJvm);
            System.err.println(WARMUP.name() + ":");
            WARMUP.run(runner, options, results);
            for (Scenario scenario : SCENARIOS) {
                if (options.runs(scenario.name())) {
                    System.err.println(scenario.name() + ":");
                    scenario.run(runner, options, results);
                }
            }
        }
        String command = "java -jar benchmarks/target/camel-7targets-benchmarks.jar " + String.join(" ", args);
        String report = new ReportWriter(options, results, environment, command.trim()).render()
                + String.format("%nWhole run: %.0f s.%n", (System.nanoTime() - started) / 1e9);
        Files.createDirectories(options.out().toAbsolutePath().getParent());
        Files.writeString(options.out(), report);
        System.out.print(report);
        System.err.println("Report written to " + options.out());
    }
}
