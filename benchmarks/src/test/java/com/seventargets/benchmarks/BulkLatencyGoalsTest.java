package com.seventargets.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulkLatencyGoalsTest {

    private static final long MB = 1048576;

    @Test
    void theSteadyRateLeavesOutTheFirstAndLastSecondsWhichTheImportUsedInPart() {
        BulkLatencyResult.Received received = new BulkLatencyResult.Received(1262, 1262, List.of(12L, 600L, 620L, 30L));

        assertThat(received.steadyRate()).isEqualTo(610.0);
        assertThat(received.mostInASecond()).isEqualTo(620);
        assertThat(new BulkLatencyResult.Received(0, 0, List.of(5L, 6L)).steadyRate()).isNaN();
    }

    @Test
    void rowsInFlightMeetTheGoalAtEightyFivePercentOfTheLatencyLimitWithEveryRowOnce() {
        // 64 in flight at 100 ms: 640/s is the limit, 544/s the goal
        assertThat(Goals.inFlightMet(result(64, 0, seconds(544, 20), 0))).isTrue();
        assertThat(Goals.inFlightMet(result(64, 0, seconds(543, 20), 0))).isFalse();
        assertThat(Goals.inFlightMet(result(64, 0, seconds(600, 20), 1))).as("a row sent twice").isFalse();
    }

    @Test
    void pacingFailsOnOneSecondOverTheLimitEvenWhenTheRateIsRight() {
        assertThat(Goals.pacedMet(result(64, 200, seconds(198, 20), 0))).isTrue();
        assertThat(Goals.pacedMet(result(64, 200, seconds(189, 20), 0))).as("more than 5 % under").isFalse();
        List<Long> oneOver = seconds(198, 20);
        oneOver.set(5, 201L);
        assertThat(Goals.pacedMet(result(64, 200, oneOver, 0))).isFalse();
    }

    @Test
    void theHeapIsFlatWhenTheEndAfterGcIsWithinFourMegabytesOfTheFirstTenth() {
        assertThat(Goals.heapMet(withHeap(30 * MB, 34 * MB))).isTrue();
        assertThat(Goals.heapMet(withHeap(30 * MB, 34 * MB + 1))).isFalse();
    }

    /** A run with 200-ish creates per second over {@code perSecond.size()} seconds, {@code extra} sent twice. */
    private static BulkLatencyResult result(int concurrency, int rate, List<Long> perSecond, int extra) {
        int rows = (int) perSecond.stream().mapToLong(Long::longValue).sum() - extra;
        return new BulkLatencyResult(rows, concurrency, rate, 100, rows, 0, 20, 256 * MB, List.of(30 * MB, 30 * MB),
                List.of(40 * MB), new BulkLatencyResult.Received(rows + extra, rows + extra, perSecond));
    }

    private static BulkLatencyResult withHeap(long atATenth, long atTheEnd) {
        BulkLatencyResult r = result(64, 0, seconds(600, 10), 0);
        return new BulkLatencyResult(r.rows(), 64, 0, 100, r.rows(), 0, 10, 256 * MB, List.of(atATenth, atTheEnd),
                List.of(40 * MB), r.simulator());
    }

    private static List<Long> seconds(long each, int count) {
        return new ArrayList<>(Collections.nCopies(count, each));
    }
}
