package com.seventargets.benchmarks;

import com.seventargets.camel.model.Lead;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import org.HdrHistogram.Histogram;

/**
 * Closed-loop load: {@code senders} threads each create a lead and wait for the answer, again and again; a
 * warm-up, then a measured window announced on {@code protocol} ({@code MEASURE-START} / {@code MEASURE-END})
 * so that the harness can read the simulator's counters at the same moments.
 */
final class LoadTest {

    private static final long MAX_LATENCY_NANOS = TimeUnit.MINUTES.toNanos(5);
    private static final int WARMUP = 0;
    private static final int MEASURE = 1;
    private static final int DRAIN = 2;
    private static final int STOP = 3;

    private final LeadClient client;
    private final ForkSpec spec;
    private final PrintStream protocol;
    private final LeadFactory leads = new LeadFactory();
    private final LongAdder created = new LongAdder();
    private final AtomicReference<String> firstError = new AtomicReference<>();
    private volatile int phase = WARMUP;

    LoadTest(LeadClient client, ForkSpec spec, PrintStream protocol) {
        this.client = client;
        this.spec = spec;
        this.protocol = protocol;
    }

    LoadResult run() throws Exception {
        int baseThreads = JvmMetrics.liveThreads();
        client.start(spec.target(), spec.connections());
        List<Sender> senders = new ArrayList<>();
        for (int i = 0; i < spec.senders(); i++) {
            Sender sender = new Sender();
            senders.add(sender);
            sender.thread.start();
        }
        boolean stalled = !progressFor(spec.warmupSeconds());
        Map<Long, Long> allocatedBefore = JvmMetrics.allocatedByThread();
        long cpuBefore = JvmMetrics.processCpuNanos();
        JvmMetrics.resetPeakThreads();
        protocol.println("MEASURE-START");
        long start = System.nanoTime();
        phase = MEASURE;
        stalled = stalled || !progressFor(spec.measureSeconds());
        phase = DRAIN;
        long end = System.nanoTime();
        long cpu = JvmMetrics.processCpuNanos() - cpuBefore;
        long allocated = JvmMetrics.allocatedSince(allocatedBefore);
        int peakThreads = JvmMetrics.peakThreads();
        protocol.println("MEASURE-END");
        String stalledAt = stalled ? whereStuck(senders) : null;
        phase = STOP;
        if (!stalled) {
            for (Sender sender : senders) {
                sender.thread.join(TimeUnit.SECONDS.toMillis(30));
            }
        }
        Histogram latency = new Histogram(MAX_LATENCY_NANOS, 2);
        long measured = 0;
        long errors = 0;
        for (Sender sender : senders) {
            latency.add(sender.latency);
            measured += sender.measured;
            errors += sender.errors;
        }
        double seconds = (end - start) / 1e9;
        return new LoadResult(spec.variant(), spec.senders(), measured, errors, seconds, measured / seconds,
                latency.getValueAtPercentile(50) / 1e6, latency.getValueAtPercentile(99) / 1e6,
                measured == 0 ? 0 : (double) allocated / measured, peakThreads, baseThreads, cpu, created.sum(),
                stalled, stalledAt, firstError.get());
    }

    /** Waits this long; false as soon as no lead has been created for {@code stallSeconds}. */
    private boolean progressFor(double seconds) throws InterruptedException {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long lastCount = created.sum();
        long lastProgress = System.nanoTime();
        while (System.nanoTime() < deadline) {
            Thread.sleep(Math.max(1, Math.min(200, (deadline - System.nanoTime()) / 1_000_000)));
            long count = created.sum();
            if (count != lastCount) {
                lastCount = count;
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > TimeUnit.SECONDS.toNanos(spec.stallSeconds())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the stuck senders wait: how many are inside camel-http's OAuth2 token fetch, and the library frames
     * of the first sender (innermost first).
     */
    private static String whereStuck(List<Sender> senders) {
        long inTokenFetch = senders.stream().filter(s -> Arrays.stream(s.thread.getStackTrace())
                .anyMatch(f -> f.getClassName().contains("OAuth2ClientConfigurer"))).count();
        Thread first = senders.get(0).thread;
        String frames = Arrays.stream(first.getStackTrace())
                .filter(f -> f.getClassName().startsWith("org.apache.") && !f.getMethodName().startsWith("lambda$")
                        && !f.getClassName().contains("$$Lambda"))
                .map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName())
                .limit(30)
                .collect(Collectors.joining(" < "));
        return inTokenFetch + " of " + senders.size() + " senders are inside the OAuth2 token fetch; sender 1 is "
                + first.getState() + " in " + frames;
    }

    /** One sender thread and its own latency histogram (no sharing, no allocation per lead). */
    private final class Sender implements Runnable {
        private final Thread thread = new Thread(this, "sender-" + System.identityHashCode(this));
        private final Histogram latency = new Histogram(MAX_LATENCY_NANOS, 2);
        private long measured;
        private long errors;

        Sender() {
            thread.setDaemon(true);
        }

        @Override
        public void run() {
            while (phase != STOP) {
                Lead lead = leads.next();
                long start = System.nanoTime();
                try {
                    client.create(lead);
                } catch (Exception e) {
                    errors++;
                    firstError.compareAndSet(null, e.toString());
                    continue;
                }
                long took = System.nanoTime() - start;
                created.increment();
                if (phase == MEASURE) {
                    latency.recordValue(Math.min(took, MAX_LATENCY_NANOS));
                    measured++;
                }
            }
        }
    }
}
