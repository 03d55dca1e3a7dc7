package com.seventargets.benchmarks;

/**
 * One LOAD fork, as measured inside the worker JVM over the measured window.
 *
 * @param leads leads created in the window
 * @param errors failed calls during the whole fork
 * @param allocatedBytesPerLead bytes allocated by the worker's live threads in the window, per lead
 * @param peakThreads the most live threads in the worker JVM during the window (senders included)
 * @param baseThreads live threads when the worker started, before the client existed
 * @param clientCpuNanos the worker process's CPU time in the window
 * @param totalLeads leads created during the whole fork, warm-up included
 * @param stalled true when no lead was created for {@code stallSeconds}; the figures are then up to that point
 * @param stalledAt where a stuck sender was waiting (top frames), when stalled
 */
record LoadResult(String variant, int senders, long leads, long errors, double seconds, double leadsPerSecond,
        double p50Millis, double p99Millis, double allocatedBytesPerLead, int peakThreads, int baseThreads,
        long clientCpuNanos, long totalLeads, boolean stalled, String stalledAt, String firstError) {
}
