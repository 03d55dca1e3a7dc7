package com.seventargets.benchmarks;

import java.util.Map;

/**
 * The CSV import at production latency: the simulator holds every answer, the token endpoint's too, {@code --latency}
 * ms. Four forks of the same route: {@code --concurrency} rows in flight, the rows one at a time on a slice, paced at
 * {@link #PACED_RATE} per second, and {@code --rows} rows for the heap. Every figure of rate comes from the
 * simulator's count of creates per second.
 */
final class BulkLatencyScenario implements Scenario {

    /** What each fork shows. */
    enum Run {
        IN_FLIGHT("rows in flight", 20_000, 2_000),
        ONE_AT_A_TIME("one row at a time (a slice)", 300, 30),
        PACED("maxRequestsPerSecond=" + BulkLatencyScenario.PACED_RATE, 4_000, 1_000),
        HEAP("the heap on a long file", 0, 0);

        final String label;
        private final int rows;
        private final int quickRows;

        Run(String label, int rows, int quickRows) {
            this.label = label;
            this.rows = rows;
            this.quickRows = quickRows;
        }

        int rows(Options options) {
            return this == HEAP ? options.rows() : options.quick() ? quickRows : rows;
        }
    }

    static final int PACED_RATE = 200;

    @Override
    public String name() {
        return "bulk-latency";
    }

    @Override
    public void run(ForkRunner runner, Options options, Results results) throws Exception {
        for (Run run : Run.values()) {
            int rows = run.rows(options);
            int concurrency = run == Run.ONE_AT_A_TIME ? 1 : options.concurrency();
            int rate = run == Run.PACED ? PACED_RATE : 0;
            double expectedSeconds = rate > 0 ? (double) rows / rate
                    : (double) rows * options.latencyMillis() / 1000 / concurrency;
            ForkSpec spec = ForkSpec.of(ForkSpec.Mode.BULK_LATENCY, Variant.COMPONENT, runner.target())
                    .withRows(rows).withSenders(concurrency).withConnections(Math.max(options.pool(), concurrency))
                    .withMaxRequestsPerSecond(rate).withLimit(60 + 3 * expectedSeconds);
            ForkRunner.Outcome outcome = runner.run(spec, BulkImportScenario.HEAP, Map.of(), options.latencyMillis());
            if (outcome.failure() == null) {
                SimulatorControl.Stats stats = runner.simulator().stats();
                results.bulkLatency.put(run, outcome.result(BulkLatencyResult.class).withSimulator(
                        options.latencyMillis(), new BulkLatencyResult.Received(stats.createRequests(),
                                stats.leadsCreated(), runner.simulator().createsPerSecond())));
            } else {
                results.failures.add("bulk-latency, " + run.label + ": " + outcome.failure());
            }
        }
    }
}
