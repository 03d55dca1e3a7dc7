package com.seventargets.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Map;

/** Measures a variant's cost of starting: only the fork's argument parsing runs before it. */
final class StartupProbe {

    private StartupProbe() {
    }

    static StartupResult run(ForkSpec spec) throws Exception {
        Variant variant = Variant.byId(spec.variant());
        long heapBefore = JvmMetrics.heapRetained();
        long residentBefore = JvmMetrics.residentBytes();
        int classesBefore = JvmMetrics.loadedClasses();
        Map<Long, Long> allocatedBefore = JvmMetrics.allocatedByThread();
        long start = System.nanoTime();
        try (LeadClient client = variant.newClient()) {
            client.start(spec.target(), 0);
            client.create(new LeadFactory().next());
            double millis = (System.nanoTime() - start) / 1e6;
            long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
            long allocated = JvmMetrics.allocatedSince(allocatedBefore);
            int classes = JvmMetrics.loadedClasses() - classesBefore;
            long resident = JvmMetrics.residentBytes() - residentBefore;
            long retained = JvmMetrics.heapRetained() - heapBefore;
            return new StartupResult(variant.id, millis, uptime, retained, allocated, resident, classes);
        }
    }
}
