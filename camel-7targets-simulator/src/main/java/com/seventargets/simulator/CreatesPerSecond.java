package com.seventargets.simulator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * How many creates ({@code POST /leads}) arrived in each second of the clock, for the last {@link #SECONDS} seconds
 * that had one: a fixed array, so a long run cannot make it grow. A rate limit is checked against these counts.
 */
final class CreatesPerSecond {

    /** The seconds kept: an hour. */
    static final int SECONDS = 3600;

    private final LongSupplier clockMillis;
    private final long[] counts = new long[SECONDS];
    /** The second each slot counts, to tell a slot of this hour from one of the hour before. */
    private final long[] secondOfSlot = new long[SECONDS];
    private long first = -1;
    private long last = -1;

    CreatesPerSecond(LongSupplier clockMillis) {
        this.clockMillis = clockMillis;
        clear();
    }

    synchronized void arrived() {
        long second = clockMillis.getAsLong() / 1000;
        int slot = (int) (second % SECONDS);
        if (secondOfSlot[slot] != second) {
            secondOfSlot[slot] = second;
            counts[slot] = 0;
        }
        counts[slot]++;
        if (first < 0) {
            first = second;
        }
        last = Math.max(last, second);
    }

    /**
     * The count of each whole second from the first arrival to the last, seconds without one included as 0; when
     * that span is longer than {@link #SECONDS}, its last {@link #SECONDS} seconds.
     */
    synchronized List<Long> snapshot() {
        List<Long> perSecond = new ArrayList<>();
        if (first < 0) {
            return perSecond;
        }
        for (long second = Math.max(first, last - SECONDS + 1); second <= last; second++) {
            int slot = (int) (second % SECONDS);
            perSecond.add(secondOfSlot[slot] == second ? counts[slot] : 0L);
        }
        return perSecond;
    }

    synchronized void clear() {
        Arrays.fill(secondOfSlot, -1);
        first = -1;
        last = -1;
    }
}
