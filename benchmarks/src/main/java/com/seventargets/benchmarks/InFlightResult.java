package com.seventargets.benchmarks;

import java.util.Map;

/**
 * A burst of leads sent by one {@code requestBody} through a parallel split onto a fixed pool of as many threads,
 * each thread making its call in turn, while the simulator holds every answer for {@code serverDelayMillis}.
 *
 * @param submitted split parts that reached the component before the time limit
 * @param completed leads created before the time limit
 * @param failed parts whose call failed
 * @param splitThreads the split's fixed pool, and the connections per route and in total
 * @param totalMillis from {@code requestBody} to its return (the last answer), or to the time limit
 * @param threadsBefore live threads once the route was started, before the burst
 * @param peakThreads the most live threads during the burst
 * @param newThreads threads alive after the burst that were not before it, by name with digits removed
 * @param simulatorMostConcurrent the most requests the simulator had under way at once during the fork (filled
 *     in by the harness from the simulator's counters; 0 as the worker reports it)
 */
record InFlightResult(int submitted, long completed, long failed, int splitThreads, long serverDelayMillis,
        double totalMillis, int threadsBefore, int peakThreads, Map<String, Long> newThreads,
        int simulatorMostConcurrent, String firstError) {

    InFlightResult withSimulatorMostConcurrent(int most) {
        return new InFlightResult(submitted, completed, failed, splitThreads, serverDelayMillis, totalMillis,
                threadsBefore, peakThreads, newThreads, most, firstError);
    }
}
