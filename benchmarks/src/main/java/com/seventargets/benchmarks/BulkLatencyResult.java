package com.seventargets.benchmarks;

import java.util.List;

/**
 * A CSV import against a simulator that holds each answer {@code latencyMillis}: what the worker saw, and what the
 * simulator received. The harness fills in the latency and what was received after the fork (0 and
 * {@link Received#NONE} as the worker reports them).
 *
 * @param concurrency threads of the split's pool, so the most creates in flight
 * @param maxRequestsPerSecond the component's pacing, 0 for none
 * @param created rows the route saw created (the worker's count)
 * @param failed rows that ended in the route's error handler
 * @param seconds from the file's arrival to its last row answered, as the worker timed it
 * @param heapAfterGcByTenth used heap after {@code System.gc()} when each tenth of the rows was done (the first
 *     at a tenth, the last at the end)
 * @param peakHeapByQuarter the highest used heap sampled (every 50 ms) in each quarter of the rows
 * @param simulator what the simulator received during the fork
 */
record BulkLatencyResult(int rows, int concurrency, int maxRequestsPerSecond, long latencyMillis, long created,
        long failed, double seconds, long maxHeapBytes, List<Long> heapAfterGcByTenth, List<Long> peakHeapByQuarter,
        Received simulator) {

    /**
     * What the simulator received.
     *
     * @param createRequests {@code POST /leads} received, whatever they were answered
     * @param leadsCreated leads it created
     * @param createsPerSecond creates received in each second of its clock, from the first to the last
     */
    record Received(long createRequests, long leadsCreated, List<Long> createsPerSecond) {

        static final Received NONE = new Received(0, 0, List.of());

        /**
         * The mean of the whole seconds between the first and the last, which the import may have used only in
         * part; NaN when there are none.
         */
        double steadyRate() {
            return createsPerSecond.size() < 3 ? Double.NaN
                    : createsPerSecond.subList(1, createsPerSecond.size() - 1).stream()
                            .mapToLong(Long::longValue).average().orElseThrow();
        }

        /** The most creates received in one second of the clock. */
        long mostInASecond() {
            return createsPerSecond.stream().mapToLong(Long::longValue).max().orElse(0);
        }
    }

    BulkLatencyResult withSimulator(long latency, Received received) {
        return new BulkLatencyResult(rows, concurrency, maxRequestsPerSecond, latency, created, failed, seconds,
                maxHeapBytes, heapAfterGcByTenth, peakHeapByQuarter, received);
    }

    /** The rate that latency allows: {@code concurrency} creates every round trip. */
    double latencyLimit() {
        return concurrency * 1000.0 / latencyMillis;
    }

    /** Every row reached the simulator exactly once and was created there; none failed. */
    boolean everyRowOnce() {
        return failed == 0 && simulator.createRequests() == rows && simulator.leadsCreated() == rows;
    }

    /** Used heap after GC at the end less at the first tenth of the rows; MAX_VALUE if the import did not end. */
    long heapGrowthBytes() {
        return heapAfterGcByTenth.size() < 2 || created + failed < rows ? Long.MAX_VALUE
                : heapAfterGcByTenth.get(heapAfterGcByTenth.size() - 1) - heapAfterGcByTenth.get(0);
    }
}
