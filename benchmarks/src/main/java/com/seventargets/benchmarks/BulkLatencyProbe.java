package com.seventargets.benchmarks;

import com.seventargets.camel.SevenTargetsComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * A CSV import at a distant service's pace: the {@link CsvImport} route on {@code senders} threads, paced by
 * {@code maxRequestsPerSecond} when the spec sets it, while the harness's simulator holds every answer. No warm-up
 * file: against round trips of tens of milliseconds the JIT's first seconds do not show. The used heap after a full
 * GC is taken at each tenth of the rows.
 */
final class BulkLatencyProbe {

    private static final int HEAP_CHECKPOINTS = 10;

    private BulkLatencyProbe() {
    }

    static BulkLatencyResult run(ForkSpec spec) throws Exception {
        Path dir = Files.createTempDirectory("7targets-bulk-latency");
        // written outside the consumer's directory, then moved in whole: the file consumer never sees half a file
        Path staged = CsvImport.writeCsv(Files.createTempFile("7targets-bulk-latency", ".csv"), 1, spec.rows());
        Path csv = dir.resolve("leads.csv");
        LongAdder created = new LongAdder();
        LongAdder failed = new LongAdder();
        CamelContext context = new DefaultCamelContext();
        try (HeapSampler heap = new HeapSampler(() -> (int) (4 * (created.sum() + failed.sum()) / spec.rows()))) {
            new ComponentClient().configure(context, spec.target(), spec.connections());
            context.getComponent("seventargets", SevenTargetsComponent.class).getConfiguration()
                    .setMaxRequestsPerSecond(spec.maxRequestsPerSecond());
            context.addRoutes(CsvImport.route(dir, CsvImport.pool(context, spec.senders()),
                    exchange -> created.increment(), exchange -> failed.increment()));
            context.start();
            long start = System.nanoTime();
            long deadline = start + (long) (spec.measureSeconds() * 1e9);
            long end = 0;
            Files.move(staged, csv, StandardCopyOption.ATOMIC_MOVE);
            List<Long> heapAfterGc = new ArrayList<>();
            long nextReport = start;
            while (heapAfterGc.size() < HEAP_CHECKPOINTS && System.nanoTime() < deadline) {
                long done = created.sum() + failed.sum();
                if (done >= (long) spec.rows() * (heapAfterGc.size() + 1) / HEAP_CHECKPOINTS) {
                    if (done >= spec.rows() && end == 0) {
                        end = System.nanoTime(); // before the last collection
                    }
                    heapAfterGc.add(JvmMetrics.heapRetained());
                } else {
                    Thread.sleep(5);
                }
                if (System.nanoTime() >= nextReport) {
                    // the harness keeps the last line: the progress so far, if this JVM dies or overruns
                    System.out.printf("PROGRESS %d created, %d failed after %.0f s, heap after GC so far %s MB%n",
                            created.sum(), failed.sum(), (System.nanoTime() - start) / 1e9,
                            heapAfterGc.stream().map(b -> b / 1048576).toList());
                    nextReport += 1_000_000_000L;
                }
            }
            double seconds = ((end == 0 ? System.nanoTime() : end) - start) / 1e9;
            return new BulkLatencyResult(spec.rows(), spec.senders(), spec.maxRequestsPerSecond(), 0,
                    created.sum(), failed.sum(), seconds, JvmMetrics.heapMax(), heapAfterGc,
                    IntStream.range(0, 4).mapToObj(heap::peak).toList(), BulkLatencyResult.Received.NONE);
        } finally {
            context.getShutdownStrategy().setTimeout(5);
            context.getShutdownStrategy().setTimeUnit(TimeUnit.SECONDS);
            context.close();
            Files.deleteIfExists(staged);
            Files.deleteIfExists(csv);
            Files.deleteIfExists(dir);
        }
    }
}
