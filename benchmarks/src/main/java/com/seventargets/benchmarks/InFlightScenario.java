package com.seventargets.benchmarks;

import java.util.List;
import java.util.Map;

/**
 * 1,000 leads in flight at once from a parallel split on 1,000 threads (and as many pooled connections), the
 * simulator holding each answer for a second; the simulator reports how many it had under way at once.
 */
final class InFlightScenario implements Scenario {

    static final int LEADS = 1000;
    private static final double LIMIT_SECONDS = 30;

    @Override
    public String name() {
        return "inflight";
    }

    @Override
    public void run(ForkRunner runner, Options options, Results results) throws Exception {
        ForkSpec spec = ForkSpec.of(ForkSpec.Mode.INFLIGHT, Variant.COMPONENT, runner.target())
                .withSenders(LEADS).withLimit(LIMIT_SECONDS);
        ForkRunner.Outcome outcome = runner.run(spec, List.of(),
                Map.of("/leads", InFlightProbe.SERVER_DELAY_MILLIS));
        if (outcome.failure() == null) {
            results.inFlight = outcome.result(InFlightResult.class)
                    .withSimulatorMostConcurrent(outcome.mostConcurrentRequests());
        } else {
            results.failures.add("inflight: " + outcome.failure());
        }
    }
}
