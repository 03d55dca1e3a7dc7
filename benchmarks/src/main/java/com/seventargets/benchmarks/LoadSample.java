package com.seventargets.benchmarks;

/**
 * One LOAD fork as the harness saw it: the worker's figures plus the simulator's counters.
 *
 * @param round the repetition, so that variants of one round can be compared with each other
 * @param result null when the fork failed
 * @param tokenRequests token requests during the whole fork (warm-up included)
 * @param simulatorCpuNanos the simulator JVM's CPU time in the measured window
 */
record LoadSample(Variant variant, int senders, int round, LoadResult result, long tokenRequests,
        long simulatorCpuNanos, String failure) {

    static LoadSample of(Variant variant, int senders, int round, ForkRunner.Outcome outcome) {
        return new LoadSample(variant, senders, round, outcome.result(LoadResult.class), outcome.tokenRequests(),
                outcome.simulatorCpuNanos(), outcome.failure());
    }

    boolean ok() {
        return result != null && !result.stalled() && result.leads() > 0;
    }

    double tokenRequestsPer10k() {
        return result == null || result.totalLeads() == 0 ? Double.NaN : tokenRequests * 10_000.0 / result.totalLeads();
    }

    double clientCpuMicrosPerLead() {
        return result.clientCpuNanos() / 1e3 / result.leads();
    }

    double simulatorCpuMicrosPerLead() {
        return simulatorCpuNanos / 1e3 / result.leads();
    }
}
