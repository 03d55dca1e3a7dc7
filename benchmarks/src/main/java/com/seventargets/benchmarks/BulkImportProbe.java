package com.seventargets.benchmarks;

import com.seventargets.camel.model.Lead;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.builder.ThreadPoolProfileBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;

/**
 * The bulk import of issue 4: a generated CSV read by {@code from("file:...")}, split line by line in streaming
 * mode on an executor of {@link #PARALLELISM} threads (bounded queue, the reader runs a row itself when it is
 * full), each row mapped to a lead and sent to {@code seventargets:lead}.
 */
final class BulkImportProbe {

    static final int PARALLELISM = 8;
    private static final String HEADER = "name,lastName,email,phone,source,context";

    private BulkImportProbe() {
    }

    static BulkResult run(ForkSpec spec) throws Exception {
        Path dir = Files.createTempDirectory("7targets-bulk");
        Path csv = writeCsv(dir.resolve("leads.csv"), spec.rows());
        LongAdder created = new LongAdder();
        LongAdder failed = new LongAdder();
        CamelContext context = new DefaultCamelContext();
        try (HeapSampler heap = new HeapSampler(() -> (int) (4 * (created.sum() + failed.sum()) / spec.rows()))) {
            new ComponentClient(false).configure(context, spec.target(), spec.connections());
            ExecutorService executor = context.getExecutorServiceManager().newThreadPool(context, "bulk-split",
                    new ThreadPoolProfileBuilder("bulk-split").poolSize(PARALLELISM).maxPoolSize(PARALLELISM)
                            .maxQueueSize(4 * PARALLELISM).rejectedPolicy(ThreadPoolRejectedPolicy.CallerRuns).build());
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    onException(Exception.class).handled(true).process(exchange -> failed.increment());
                    from("file:" + dir + "?noop=true&fileName=leads.csv")
                            .split(body().tokenize("\n")).streaming().parallelProcessing().executorService(executor)
                                .filter(body().isNotEqualTo(HEADER))
                                .process(exchange -> exchange.getIn().setBody(toLead(exchange.getIn().getBody(String.class))))
                                .to("seventargets:lead?operation=create")
                                .process(exchange -> created.increment());
                }
            });
            long start = System.nanoTime();
            context.start();
            long deadline = start + (long) (spec.measureSeconds() * 1e9);
            long nextReport = start;
            while (created.sum() + failed.sum() < spec.rows() && System.nanoTime() < deadline) {
                Thread.sleep(20);
                if (System.nanoTime() >= nextReport) {
                    // the harness keeps the last line: the progress and heap so far, if this JVM dies of OOM
                    System.out.printf("PROGRESS %d created, %d failed after %.0f s, used heap %d MB of %d MB%n",
                            created.sum(), failed.sum(), (System.nanoTime() - start) / 1e9,
                            JvmMetrics.heapUsed() / 1048576, JvmMetrics.heapMax() / 1048576);
                    nextReport += 1_000_000_000L;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            List<Long> quarters = IntStream.range(0, 4).mapToObj(heap::peak).toList();
            return new BulkResult(spec.rows(), created.sum(), failed.sum(), PARALLELISM, seconds,
                    created.sum() / seconds, JvmMetrics.heapMax(), quarters.stream().mapToLong(Long::longValue).max()
                    .orElse(0), quarters, Files.size(csv));
        } finally {
            context.getShutdownStrategy().setTimeout(5);
            context.getShutdownStrategy().setTimeUnit(TimeUnit.SECONDS);
            context.close();
            Files.deleteIfExists(csv);
            Files.deleteIfExists(dir);
        }
    }

    private static Path writeCsv(Path file, int rows) throws IOException {
        LeadFactory leads = new LeadFactory();
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write(HEADER);
            for (int n = 1; n <= rows; n++) {
                Lead lead = leads.lead(n);
                out.write("\n" + String.join(",", lead.getName(), lead.getLastName(), lead.getEmail(),
                        lead.getPhone(), lead.getSource(), lead.getContext()));
            }
        }
        return file;
    }

    /** A user's row mapping: one CSV line (no quoting in this file) to a lead. */
    private static Lead toLead(String row) {
        String[] fields = row.split(",", -1);
        Lead lead = new Lead();
        lead.setName(fields[0]);
        lead.setLastName(fields[1]);
        lead.setEmail(fields[2]);
        lead.setPhone(fields[3]);
        lead.setSource(fields[4]);
        lead.setContext(fields[5]);
        return lead;
    }
}
