package com.seventargets.benchmarks;

import java.util.List;
import java.util.Map;

/** {@code maxRequestsPerSecond=50} with 8 senders and 500 leads: about 10 s, never more than 50 in a second. */
final class PacingScenario implements Scenario {

    static final int SENDERS = 8;
    private static final double LIMIT_SECONDS = 60;

    @Override
    public String name() {
        return "pacing";
    }

    @Override
    public void run(ForkRunner runner, Options options, Results results) throws Exception {
        ForkSpec spec = ForkSpec.of(ForkSpec.Mode.PACING, Variant.COMPONENT, runner.target())
                .withSenders(SENDERS).withLimit(LIMIT_SECONDS);
        ForkRunner.Outcome outcome = runner.run(spec, List.of(), Map.of());
        if (outcome.failure() == null) {
            results.pacing = outcome.result(PacingResult.class);
        } else {
            results.failures.add("pacing: " + outcome.failure());
        }
    }
}
