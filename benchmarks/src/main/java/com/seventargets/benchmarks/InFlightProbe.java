package com.seventargets.benchmarks;

import com.seventargets.camel.model.Lead;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Many leads in flight at once the way a route does it now that every call is made in the sending thread:
 * {@code from("direct:burst").split(body()).parallelProcessing().executorService(<fixed pool of N platform
 * threads>).to("seventargets:lead?operation=create&connectionsPerRoute=N&maxTotalConnections=N")}, given a list
 * of N ({@code senders}) leads in one {@code requestBody}, while the simulator holds each answer for
 * {@link #SERVER_DELAY_MILLIS}. Up to N calls should then be under way at once, and the burst should take about
 * one server delay.
 */
final class InFlightProbe {

    /** The simulator delay the harness sets on {@code /leads} for this probe. */
    static final long SERVER_DELAY_MILLIS = 1000;

    private InFlightProbe() {
    }

    static InFlightResult run(ForkSpec spec) throws Exception {
        int n = spec.senders();
        LeadFactory factory = new LeadFactory();
        List<Lead> leads = IntStream.range(0, n).mapToObj(i -> factory.next()).toList();
        LongAdder submitted = new LongAdder();
        LongAdder completed = new LongAdder();
        LongAdder failed = new LongAdder();
        AtomicReference<String> firstError = new AtomicReference<>();
        CamelContext context = new DefaultCamelContext();
        try {
            // the pool is set on the endpoint URI, as a user would for this route
            new ComponentClient().configure(context, spec.target(), 0);
            ExecutorService pool = context.getExecutorServiceManager().newFixedThreadPool(context, "burst-split", n);
            String uri = "seventargets:lead?operation=create&connectionsPerRoute=" + n + "&maxTotalConnections=" + n;
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    onException(Exception.class).handled(true).process(exchange -> {
                        failed.increment();
                        Exception e = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
                        firstError.compareAndSet(null, String.valueOf(e));
                    });
                    from("direct:burst")
                            .split(body()).parallelProcessing().executorService(pool)
                                .process(exchange -> submitted.increment())
                                .to(uri)
                                .process(exchange -> completed.increment());
                }
            });
            context.start();
            ProducerTemplate template = context.createProducerTemplate();
            Set<Long> before = Thread.getAllStackTraces().keySet().stream().map(Thread::getId)
                    .collect(Collectors.toSet());
            int threadsBefore = JvmMetrics.liveThreads();
            JvmMetrics.resetPeakThreads();
            long start = System.nanoTime();
            // one requestBody; made in another thread only so that a stuck burst still ends at the time limit
            Future<Object> burst = template.asyncRequestBody("direct:burst", leads);
            try {
                burst.get((long) (spec.measureSeconds() * 1e9), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                firstError.compareAndSet(null, "time limit of " + spec.measureSeconds() + " s reached");
            }
            double totalMillis = (System.nanoTime() - start) / 1e6;
            int peakThreads = JvmMetrics.peakThreads();
            Map<String, Long> newThreads = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> !before.contains(t.getId()))
                    .collect(Collectors.groupingBy(t -> t.getName().replaceAll("[0-9]+", "#"), Collectors.counting()));
            return new InFlightResult((int) submitted.sum(), completed.sum(), failed.sum(), n, SERVER_DELAY_MILLIS,
                    totalMillis, threadsBefore, peakThreads, newThreads, 0, firstError.get());
        } finally {
            context.getShutdownStrategy().setTimeout(5);
            context.getShutdownStrategy().setTimeUnit(TimeUnit.SECONDS);
            context.close();
        }
    }
}
