package com.seventargets.benchmarks;

import java.util.List;

/**
 * A CSV import through {@code split().streaming()} with bounded parallelism.
 *
 * @param rows leads in the file
 * @param created leads created before the time limit
 * @param failed rows whose lead failed
 * @param parallelism threads of the split's executor
 * @param maxHeapBytes the worker's {@code -Xmx}
 * @param peakHeapBytes the highest used heap sampled (every 50 ms) during the import
 * @param peakHeapByQuarter the highest used heap in each quarter of the rows: flat means no growth with the file
 */
record BulkResult(int rows, long created, long failed, int parallelism, double seconds, double leadsPerSecond,
        long maxHeapBytes, long peakHeapBytes, List<Long> peakHeapByQuarter, long fileBytes) {
}
