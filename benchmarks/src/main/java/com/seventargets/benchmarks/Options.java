package com.seventargets.benchmarks;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line. {@code --quick} changes the defaults (see {@link #USAGE}); explicit options override them.
 *
 * @param rows CSV rows of the bulk import, and of the bulk import at latency's heap run
 * @param pool pooled connections per route and in total for every pooled client (not in the deadlock scenario)
 * @param latencyMillis how long the simulator holds each answer in the bulk import at latency
 * @param concurrency rows in flight in the bulk import at latency
 * @param workerJvmArgs JVM options added to every worker's (after the harness's own)
 */
record Options(boolean quick, List<String> scenarios, List<Variant> variants, List<Integer> senders, int forks,
        double warmupSeconds, double measureSeconds, int rows, int pool, long latencyMillis, int concurrency,
        Path out, Path logDir, List<String> workerJvmArgs) {

    static final List<String> ALL_SCENARIOS = List.of("throughput", "token-delay", "deadlock", "startup", "bulk",
            "inflight", "pacing", "bulk-latency");

    private static final Set<String> VALUED = Set.of("--scenarios", "--variants", "--senders", "--forks",
            "--warmup", "--measure", "--rows", "--pool", "--latency", "--concurrency", "--out", "--worker-jvm");

    /** {@code --quick}: one raw client, no simulator-capacity client. */
    private static final List<Variant> QUICK_VARIANTS = List.of(Variant.COMPONENT, Variant.CAMEL_HTTP_CACHED,
            Variant.CAMEL_HTTP_UNCACHED, Variant.HTTPCLIENT5);

    static final String USAGE = """
            java -jar benchmarks/target/camel-7targets-benchmarks.jar [options]
              --quick                 about 4 minutes: 1 fork, 1.5 s warm-up, 2.5 s measured, variants a, b and
                                      c-httpclient5 only, token delay at 8 senders only, 10,000 CSV rows,
                                      bulk-latency on 2,000 / 30 / 1,000 / 10,000 rows
              --scenarios a,b         of throughput,token-delay,deadlock,startup,bulk,inflight,
                          pacing,bulk-latency (default all)
              --variants a,b          of a-component,b-camel-http-cached,b-camel-http-nocache,c-httpclient5,
                                      c-jdk-httpclient,d-raw-socket
                                      (default all; throughput and startup)
              --senders 1,8,64        concurrent senders (default 1,8,64)
              --forks N               forks per variant and concurrency, also startup forks (default 3)
              --warmup S --measure S  seconds per fork (default 45 and 5)
              --rows N                CSV rows for the bulk import and for bulk-latency's heap run (default 100000)
              --pool N                connections per route and in total (default 128)
              --latency MS            bulk-latency: the simulator holds each answer, token included (default 100)
              --concurrency N         bulk-latency: rows in flight, the split's threads (default 64); the other
                                      runs are 20,000 rows at N, 300 rows one at a time, 4,000 rows at N paced
                                      at 200/s
              --out FILE              the report (default benchmarks/target/benchmark-report.md)
              --worker-jvm "ARGS"     more JVM options for every worker, e.g. a profiler agent
            """;

    static Options parse(String[] args) {
        boolean quick = false;
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--quick")) {
                quick = true;
            } else if (VALUED.contains(args[i]) && i + 1 < args.length) {
                given.put(args[i], args[++i]);
            } else {
                throw new IllegalArgumentException("Unknown option or missing value: " + args[i] + "\n" + USAGE);
            }
        }
        List<String> scenarios = split(given.getOrDefault("--scenarios", String.join(",", ALL_SCENARIOS)));
        for (String scenario : scenarios) {
            if (!ALL_SCENARIOS.contains(scenario)) {
                throw new IllegalArgumentException("Unknown scenario " + scenario + "\n" + USAGE);
            }
        }
        List<Variant> variants = given.containsKey("--variants")
                ? split(given.get("--variants")).stream().map(Variant::byId).toList()
                : quick ? QUICK_VARIANTS : List.of(Variant.values());
        return new Options(quick, scenarios, variants,
                split(given.getOrDefault("--senders", "1,8,64")).stream().map(Integer::valueOf).toList(),
                Integer.parseInt(given.getOrDefault("--forks", quick ? "1" : "3")),
                Double.parseDouble(given.getOrDefault("--warmup", quick ? "1.5" : "45")),
                Double.parseDouble(given.getOrDefault("--measure", quick ? "2.5" : "5")),
                Integer.parseInt(given.getOrDefault("--rows", quick ? "10000" : "100000")),
                Integer.parseInt(given.getOrDefault("--pool", "128")),
                positive(given, "--latency", "100"), (int) positive(given, "--concurrency", "64"),
                Path.of(given.getOrDefault("--out", "benchmarks/target/benchmark-report.md")),
                Path.of("benchmarks/target/fork-logs"),
                given.containsKey("--worker-jvm") && !given.get("--worker-jvm").isBlank()
                        ? List.of(given.get("--worker-jvm").trim().split("\\s+")) : List.of());
    }

    /** A whole number of at least 1, or an error naming the option, the value and what is valid. */
    private static long positive(Map<String, String> given, String option, String byDefault) {
        String value = given.getOrDefault(option, byDefault);
        try {
            long number = Long.parseLong(value);
            if (number >= 1 && number <= Integer.MAX_VALUE) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " " + value + ": must be a whole number from 1 to "
                + Integer.MAX_VALUE + "\n" + USAGE);
    }

    boolean runs(String scenario) {
        return scenarios.contains(scenario);
    }

    private static List<String> split(String value) {
        return List.of(value.split(","));
    }
}
