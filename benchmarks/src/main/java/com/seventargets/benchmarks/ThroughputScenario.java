package com.seventargets.benchmarks;

/**
 * Every variant at every concurrency, {@code forks} rounds each; within a concurrency the variants take turns
 * round by round, so that each ratio compares forks run minutes apart at most.
 */
final class ThroughputScenario implements Scenario {

    static final int STALL_SECONDS = 10;

    @Override
    public String name() {
        return "throughput";
    }

    @Override
    public void run(ForkRunner runner, Options options, Results results) throws Exception {
        for (int senders : options.senders()) {
            for (int round = 1; round <= options.forks(); round++) {
                for (Variant variant : options.variants()) {
                    ForkSpec spec = ForkSpec.load(variant, senders, options.pool(), options.warmupSeconds(),
                            options.measureSeconds(), STALL_SECONDS, runner.target());
                    results.throughput.add(LoadSample.of(variant, senders, round, runner.run(spec)));
                }
            }
        }
    }
}
