package com.seventargets.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The bulk import of issue 4 on loopback: the {@link CsvImport} route on {@link #PARALLELISM} threads. A first file
 * of half as many rows warms the JVM up (the raw clients it is compared with are measured after a warm-up too) and
 * is not measured.
 */
final class BulkImportProbe {

    static final int PARALLELISM = 8;

    private BulkImportProbe() {
    }

    static BulkResult run(ForkSpec spec) throws Exception {
        Path dir = Files.createTempDirectory("7targets-bulk");
        int warmupRows = spec.rows() / 2;
        Path warmup = CsvImport.writeCsv(dir.resolve("warmup.csv"), spec.rows() + 1, warmupRows);
        // the file consumer does not wait for one file's rows before it takes the next: this one is moved in later
        Path staged = CsvImport.writeCsv(Files.createTempFile("7targets-bulk", ".csv"), 1, spec.rows());
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
            context.addRoutes(CsvImport.route(dir, CsvImport.pool(context, PARALLELISM),
                    exchange -> count.accept(exchange, created), exchange -> count.accept(exchange, failed)));
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
}
