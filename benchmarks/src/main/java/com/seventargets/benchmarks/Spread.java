package com.seventargets.benchmarks;

import java.util.Collection;
import java.util.Locale;

/** The median and the range of a few repetitions. */
record Spread(double median, double min, double max, int count) {

    static Spread of(Collection<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return new Spread(Double.NaN, Double.NaN, Double.NaN, 0);
        }
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new Spread(median, sorted[0], sorted[n - 1], n);
    }

    /** {@code median (min–max)} with this many decimals; the median alone for one value; "n/a" for none. */
    String format(int decimals) {
        if (count == 0) {
            return "n/a";
        }
        String f = "%." + decimals + "f";
        return count == 1 ? String.format(Locale.ROOT, f, median)
                : String.format(Locale.ROOT, f + " (" + f + "–" + f + ")", median, min, max);
    }
}
