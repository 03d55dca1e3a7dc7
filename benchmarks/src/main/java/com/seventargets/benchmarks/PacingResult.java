package com.seventargets.benchmarks;

/**
 * What {@link PacingProbe} measured.
 *
 * @param totalMillis from the first lead submitted to the last answered
 * @param mostInWholeSecond the most requests the simulator received in one whole second from the first
 * @param mostInSlidingSecond the most it received in any one second
 */
record PacingResult(int leads, int rate, int senders, int created, int failed, double totalMillis,
        int mostInWholeSecond, int mostInSlidingSecond) {
}
