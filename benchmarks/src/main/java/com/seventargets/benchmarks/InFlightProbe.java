package com.seventargets.benchmarks;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Producer;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.AsyncProcessorConverterHelper;

/**
 * The asynchronous-producer goal of issue 4: {@code senders} leads put in flight by a single thread through the
 * endpoint's producer as an {@link AsyncProcessor}; a synchronous producer makes that thread wait for each.
 */
final class InFlightProbe {

    /** The simulator delay the harness sets on {@code /leads} for this probe. */
    static final long SERVER_DELAY_MILLIS = 1000;

    private InFlightProbe() {
    }

    static InFlightResult run(ForkSpec spec) throws Exception {
        LeadFactory leads = new LeadFactory();
        LongAdder failed = new LongAdder();
        AtomicReference<String> firstError = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(spec.senders());
        try (CamelContext context = new DefaultCamelContext()) {
            new ComponentClient(ComponentClient.Mode.DEFAULT).configure(context, spec.target(), spec.connections());
            context.start();
            Endpoint endpoint = context.getEndpoint("seventargets:lead?operation=create");
            Producer producer = endpoint.createProducer();
            producer.start();
            AsyncProcessor async = AsyncProcessorConverterHelper.convert(producer);
            Set<Long> before = Thread.getAllStackTraces().keySet().stream().map(Thread::getId).collect(Collectors.toSet());
            int threadsBefore = JvmMetrics.liveThreads();
            JvmMetrics.resetPeakThreads();
            long start = System.nanoTime();
            long deadline = start + (long) (spec.measureSeconds() * 1e9);
            int submitted = 0;
            while (submitted < spec.senders() && System.nanoTime() < deadline) {
                Exchange exchange = endpoint.createExchange();
                exchange.getIn().setBody(leads.next());
                async.process(exchange, doneSync -> {
                    if (exchange.getException() != null) {
                        failed.increment();
                        firstError.compareAndSet(null, exchange.getException().toString());
                    }
                    done.countDown();
                });
                submitted++;
            }
            double submitMillis = (System.nanoTime() - start) / 1e6;
            done.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            double totalMillis = (System.nanoTime() - start) / 1e6;
            Map<String, Long> newThreads = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> !before.contains(t.getId()))
                    .collect(Collectors.groupingBy(t -> t.getName().replaceAll("[0-9]+", "#"), Collectors.counting()));
            return new InFlightResult(submitted, spec.senders() - done.getCount(), failed.sum(), SERVER_DELAY_MILLIS,
                    submitMillis, totalMillis, threadsBefore, JvmMetrics.peakThreads(), newThreads, firstError.get());
        }
    }
}
