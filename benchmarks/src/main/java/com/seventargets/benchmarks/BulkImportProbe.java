package com.seventargets.benchmarks;

import com.seventargets.camel.model.Lead;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.builder.ThreadPoolProfileBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;

/**
 * The bulk import of issue 4: a generated CSV read by {@code from("file:...")}, split line by line in streaming
 * mode on an executor of {@link #PARALLELISM} threads (bounded queue, the reader runs a row itself when it is
 * full), each row mapped to a lead and sent to {@code seventargets:lead}. A first file of half as many rows warms
 * the JVM up (the raw clients it is compared with are measured after a warm-up too) and is not measured.
 */
final class BulkImportProbe {

    static final int PARALLELISM = 8;
    private static final String HEADER = "name,lastName,email,phone,source,context";

    private BulkImportProbe() {
    }

    static BulkResult run(ForkSpec spec) throws Exception {
        Path dir = Files.createTempDirectory("7targets-bulk");
        int warmupRows = spec.rows() / 2;
        Path warmup = writeCsv(dir.resolve("warmup.csv"), spec.rows() + 1, warmupRows);
        // the file consumer does not wait for one file's rows before it takes the next: this one is moved in later
        Path staged = writeCsv(Files.createTempFile("7targets-bulk", ".csv"), 1, spec.rows());
        Path csv = dir.resolve("leads.csv");
        LongAdder warmedUp = new LongAdder();
        LongAdder created = new LongAdder();
        LongAdder failed = new LongAdder();
        // the rows of the measured file are counted apart by the file they come from
        String measuredFile = csv.getFileName().toString();
        BiConsumer<Exchange, LongAdder> count = (exchange, counter) -> (measuredFile.equals(
                exchange.getIn().getHeader(Exchange.FILE_NAME, String.class)) ? counter : warmedUp).increment();
        CamelContext context = new DefaultCamelContext();
        // quarter -1 (not sampled) during the warm-up
        try (HeapSampler heap = new HeapSampler(() -> warmedUp.sum() < warmupRows ? -1
                : (int) (4 * (created.sum() + failed.sum()) / spec.rows()))) {
            new ComponentClient().configure(context, spec.target(), spec.connections());
            ExecutorService executor = context.getExecutorServiceManager().newThreadPool(context, "bulk-split",
                    new ThreadPoolProfileBuilder("bulk-split").poolSize(PARALLELISM).maxPoolSize(PARALLELISM)
                            .maxQueueSize(4 * PARALLELISM).rejectedPolicy(ThreadPoolRejectedPolicy.CallerRuns).build());
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    onException(Exception.class).handled(true).process(exchange -> count.accept(exchange, failed));
                    from("file:" + dir + "?noop=true&include=.*\\.csv&delay=20")
                            .split(body().tokenize("\n")).streaming().parallelProcessing().executorService(executor)
                                .filter(body().isNotEqualTo(HEADER))
                                .process(exchange -> exchange.getIn().setBody(toLead(exchange.getIn().getBody(String.class))))
                                .to("seventargets:lead?operation=create")
                                .process(exchange -> count.accept(exchange, created));
                }
            });
            context.start();
            long deadline = System.nanoTime() + (long) (spec.measureSeconds() * 1e9);
            while (warmedUp.sum() < warmupRows && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            long start = System.nanoTime();
            Files.move(staged, csv, StandardCopyOption.ATOMIC_MOVE);
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
            Files.deleteIfExists(warmup);
            Files.deleteIfExists(staged);
            Files.deleteIfExists(csv);
            Files.deleteIfExists(dir);
        }
    }

    /** Rows numbered from {@code first}: every row has its own e-mail address, so each creates a lead. */
    private static Path writeCsv(Path file, int first, int rows) throws IOException {
        LeadFactory leads = new LeadFactory();
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write(HEADER);
            for (int n = first; n < first + rows; n++) {
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
