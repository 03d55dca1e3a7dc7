package com.seventargets.benchmarks;

/**
 * Not measured: warms the simulator JVM (its JIT) with the raw client, so that the first variant measured does
 * not pay for it. Always runs first.
 */
final class SimulatorWarmup implements Scenario {

    private static final int SENDERS = 16;

    @Override
    public String name() {
        return "simulator-warmup";
    }

    @Override
    public void run(ForkRunner runner, Options options, Results results) throws Exception {
        double seconds = 2 * (options.warmupSeconds() + options.measureSeconds());
        runner.run(ForkSpec.load(Variant.RAW_SOCKET, SENDERS, 0, seconds, 1, ThroughputScenario.STALL_SECONDS,
                runner.target()));
    }
}
