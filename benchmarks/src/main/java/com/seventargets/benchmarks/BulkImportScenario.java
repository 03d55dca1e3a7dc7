package com.seventargets.benchmarks;

import java.util.List;
import java.util.Map;

/** The CSV import, in one fork with a small heap so that growth would show (and fail). */
final class BulkImportScenario implements Scenario {

    /** A heap that does not grow with the file must fit; running out ends the fork at once. */
    static final List<String> HEAP = List.of("-Xms64m", "-Xmx256m", "-XX:+ExitOnOutOfMemoryError");
    private static final double LIMIT_SECONDS = 300;

    @Override
    public String name() {
        return "bulk";
    }

    @Override
    public void run(ForkRunner runner, Options options, Results results) throws Exception {
        ForkSpec spec = ForkSpec.of(ForkSpec.Mode.BULK, Variant.COMPONENT, runner.target())
                .withRows(options.rows()).withConnections(options.pool()).withLimit(LIMIT_SECONDS);
        ForkRunner.Outcome outcome = runner.run(spec, HEAP, Map.of());
        if (outcome.failure() == null) {
            results.bulk = outcome.result(BulkResult.class);
        } else {
            results.failures.add("bulk: " + outcome.failure());
        }
    }
}
