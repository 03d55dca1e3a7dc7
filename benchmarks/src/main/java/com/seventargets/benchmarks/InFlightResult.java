package com.seventargets.benchmarks;

import java.util.Map;

/**
 * Many leads sent at once from one thread through the component's asynchronous producer interface while the
 * simulator holds every answer for {@code serverDelayMillis}.
 *
 * @param submitted calls the single thread made before the time limit
 * @param completed callbacks received before the time limit
 * @param submitMillis how long the single thread took to make its calls
 * @param totalMillis from the first call to the last callback (or the time limit)
 * @param threadsBefore live threads once the producer was started, before the first call
 * @param peakThreads the most live threads during the run
 * @param newThreads threads alive after the run that were not before it, by name with digits removed
 */
record InFlightResult(int submitted, long completed, long failed, long serverDelayMillis, double submitMillis,
        double totalMillis, int threadsBefore, int peakThreads, Map<String, Long> newThreads, String firstError) {
}
