package com.seventargets.benchmarks;

import com.seventargets.camel.SevenTargetsComponent;
import com.seventargets.simulator.RecordedRequest;
import com.seventargets.simulator.SevenTargetsSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * {@code maxRequestsPerSecond}: {@code senders} threads share {@link #LEADS} leads through an endpoint paced at
 * {@link #RATE} per second, against a simulator of this JVM's own (its journal keeps every arrival time; the
 * harness's simulator keeps only the last few requests). Reports how long the leads took and the most requests the
 * simulator received in one second, counted in whole seconds from the first request and in any sliding second.
 */
final class PacingProbe {

    static final int LEADS = 500;
    static final int RATE = 50;

    private PacingProbe() {
    }

    static PacingResult run(ForkSpec spec) throws Exception {
        SevenTargetsSimulator simulator = SevenTargetsSimulator.builder().build().start();
        CamelContext context = new DefaultCamelContext();
        ExecutorService senders = Executors.newFixedThreadPool(spec.senders());
        try {
            new ComponentClient().configure(context, Target.of(simulator), 0);
            context.getComponent("seventargets", SevenTargetsComponent.class).getConfiguration()
                    .setMaxRequestsPerSecond(RATE);
            context.start();
            ProducerTemplate template = context.createProducerTemplate();
            template.requestBody("seventargets:lead", new LeadFactory().next()); // the token, outside the count
            simulator.clearJournal();
            LeadFactory factory = new LeadFactory();
            AtomicInteger failed = new AtomicInteger();
            List<Future<?>> sent = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < LEADS; i++) {
                var lead = factory.next();
                sent.add(senders.submit(() -> {
                    if (template.request("seventargets:lead", e -> e.getIn().setBody(lead)).getException() != null) {
                        failed.incrementAndGet();
                    }
                }));
            }
            for (Future<?> one : sent) {
                one.get(spec.measureSeconds() > 0 ? (long) spec.measureSeconds() : 60, TimeUnit.SECONDS);
            }
            double totalMillis = (System.nanoTime() - start) / 1e6;
            List<Instant> arrivals = simulator.journal("/leads").stream().map(RecordedRequest::receivedAt).toList();
            int created = simulator.leads().size() - 1; // the token's lead aside
            return new PacingResult(LEADS, RATE, spec.senders(), created, failed.get(),
                    totalMillis, mostInWholeSeconds(arrivals), mostInSlidingSecond(arrivals));
        } finally {
            senders.shutdownNow();
            context.close();
            simulator.stop();
        }
    }

    /** The most arrivals in one of the whole seconds counted from the first arrival. */
    private static int mostInWholeSeconds(List<Instant> arrivals) {
        int[] counts = new int[arrivals.isEmpty() ? 0
                : (int) Duration.between(arrivals.get(0), arrivals.get(arrivals.size() - 1)).toSeconds() + 1];
        for (Instant arrival : arrivals) {
            counts[(int) Duration.between(arrivals.get(0), arrival).toSeconds()]++;
        }
        int most = 0;
        for (int count : counts) {
            most = Math.max(most, count);
        }
        return most;
    }

    /** The most arrivals in any second: [t, t + 1 s) from each arrival t (the journal is in arrival order). */
    private static int mostInSlidingSecond(List<Instant> arrivals) {
        int most = 0;
        int end = 0;
        for (int i = 0; i < arrivals.size(); i++) {
            Instant limit = arrivals.get(i).plusSeconds(1);
            while (end < arrivals.size() && arrivals.get(end).isBefore(limit)) {
                end++;
            }
            most = Math.max(most, end - i);
        }
        return most;
    }
}
