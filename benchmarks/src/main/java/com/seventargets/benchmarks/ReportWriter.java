package com.seventargets.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** Renders a run's {@link Results} as Markdown: settings, tables, ratios, and issue 10's goals. */
final class ReportWriter {

    private final Options options;
    private final Results results;
    private final Environment env;
    private final String command;
    private final Goals goals;

    ReportWriter(Options options, Results results, Environment env, String command) {
        this.options = options;
        this.results = results;
        this.env = env;
        this.command = command;
        this.goals = new Goals(results);
    }

    String render() {
        StringBuilder md = new StringBuilder("# Benchmark report (generated)\n\n");
        md.append(header());
        if (!results.throughput.isEmpty()) {
            md.append(throughput());
        }
        if (!results.tokenDelay.isEmpty()) {
            md.append("\n## Token endpoint delayed 50 ms (one fork each)\n\n").append(loadTable(results.tokenDelay));
        }
        if (!results.deadlock.isEmpty()) {
            md.append(deadlock());
        }
        if (!results.startup.isEmpty()) {
            md.append(startup());
        }
        if (results.bulk != null) {
            md.append(bulk());
        }
        if (results.inFlight != null) {
            md.append(inFlight());
        }
        if (results.pacing != null) {
            md.append(pacing());
        }
        if (!results.bulkLatency.isEmpty()) {
            md.append(bulkLatency());
        }
        md.append("\n## Goals in this run\n\n").append(goals.table());
        if (!results.failures.isEmpty()) {
            md.append("\n## Failed forks\n\n");
            results.failures.forEach(f -> md.append("- ").append(f).append('\n'));
        }
        return md.toString();
    }

    private String header() {
        return "- machine: " + env.cores() + " cores (" + env.cpu() + "), " + mb(env.memoryBytes()) + " MB, "
                + env.os() + "\n- JVM: " + env.jvm() + "\n- code: " + env.commit()
                + (env.uncommitted().isEmpty() ? " (no uncommitted change in the component or simulator)"
                        : " plus uncommitted changes: " + env.uncommitted().replace('\n', ' '))
                + "\n- command: `" + command + "`"
                + "\n- settings: " + options.forks() + " fork(s) per variant and concurrency, " + options.warmupSeconds()
                + " s warm-up + " + options.measureSeconds() + " s measured per fork, pools of " + options.pool()
                + " connections per route and in total (component, camel-http, HttpClient 5), workers -Xms1g -Xmx1g,"
                + " simulator in its own JVM\n";
    }

    private String throughput() {
        StringBuilder md = new StringBuilder("\n## Throughput, latency, tokens, allocation, threads\n\n"
                + "Median (min–max) over the forks. Token requests per 10,000 leads count the whole fork, warm-up "
                + "included; CPU is per lead in the measured window.\n");
        for (int senders : options.senders()) {
            md.append("\n### ").append(senders).append(senders == 1 ? " sender\n\n" : " senders\n\n")
                    .append(loadTable(results.throughput.stream().filter(s -> s.senders() == senders).toList()));
        }
        md.append("\n### Ratios (per round, median (min–max))\n\n");
        MarkdownTable table = new MarkdownTable("senders", "(a)/(c) best raw", "(a)/(c) HttpClient 5",
                "(a)/(c) JDK", "(a)/(b) cached", "(a)/(b) no cache", "client CPU (a)/(c) HttpClient 5", "alloc (a)/(c) HttpClient 5");
        for (int senders : options.senders()) {
            table.row(String.valueOf(senders), goals.ratioToBestRaw(senders).format(2),
                    goals.ratioTo(senders, Variant.HTTPCLIENT5).format(2),
                    goals.ratioTo(senders, Variant.JDK_HTTPCLIENT).format(2),
                    goals.ratioTo(senders, Variant.CAMEL_HTTP_CACHED).format(2),
                    goals.ratioTo(senders, Variant.CAMEL_HTTP_UNCACHED).format(2),
                    goals.cpuRatio(senders).format(2), goals.allocationRatio(senders).format(2));
        }
        return md.append(table).toString();
    }

    private String loadTable(List<LoadSample> samples) {
        MarkdownTable table = new MarkdownTable("variant", "senders", "leads/s", "p50 ms", "p99 ms",
                "token req. per 10k leads", "token req. per fork", "alloc KB/lead", "peak threads",
                "client CPU µs/lead", "simulator CPU µs/lead", "errors");
        samples.stream().map(s -> List.of(s.variant(), s.senders())).distinct().forEach(key -> {
            List<LoadSample> group = samples.stream()
                    .filter(s -> s.variant() == key.get(0) && s.senders() == (int) key.get(1)).toList();
            List<LoadSample> ok = group.stream().filter(LoadSample::ok).toList();
            Variant variant = (Variant) key.get(0);
            table.row(variant.label, key.get(1).toString(), spreadOf(ok, s -> s.result().leadsPerSecond(), 0),
                    spreadOf(ok, s -> s.result().p50Millis(), 2), spreadOf(ok, s -> s.result().p99Millis(), 2),
                    spreadOf(ok, LoadSample::tokenRequestsPer10k, 1), spreadOf(ok, s -> s.tokenRequests(), 0),
                    spreadOf(ok, s -> s.result().allocatedBytesPerLead() / 1024, 1),
                    spreadOf(ok, s -> s.result().peakThreads(), 0), spreadOf(ok, LoadSample::clientCpuMicrosPerLead, 0),
                    spreadOf(ok, LoadSample::simulatorCpuMicrosPerLead, 0),
                    (group.size() - ok.size()) + " failed forks, "
                            + group.stream().filter(s -> s.result() != null).mapToLong(s -> s.result().errors()).sum()
                            + " errors");
        });
        return table.toString();
    }

    private String deadlock() {
        StringBuilder md = new StringBuilder("\n## camel-http without token cache, default pool (20 per route), "
                + DeadlockScenario.SENDERS + " senders\n\n");
        MarkdownTable table = new MarkdownTable("token endpoint delay", "outcome", "leads/s before the end",
                "leads created", "where a sender waited");
        for (Map.Entry<Long, LoadSample> e : results.deadlock.entrySet()) {
            LoadSample s = e.getValue();
            LoadResult r = s.result();
            table.row(e.getKey() + " ms", r == null ? s.failure()
                            : r.stalled() ? "**stalled**: no lead for " + DeadlockScenario.STALL_SECONDS + " s" : "no stall",
                    r == null ? "" : fmt(r.leadsPerSecond(), 0), r == null ? "" : String.valueOf(r.totalLeads()),
                    r == null || r.stalledAt() == null ? "" : "`" + r.stalledAt() + "`");
        }
        return md.append(table).toString();
    }

    private String startup() {
        MarkdownTable table = new MarkdownTable("variant", "ms to first lead", "JVM uptime at first lead ms",
                "retained heap MB", "allocated MB", "RSS growth MB", "classes loaded");
        results.startup.stream().map(StartupResult::variant).distinct().forEach(id -> {
            List<StartupResult> rs = results.startup.stream().filter(r -> r.variant().equals(id)).toList();
            table.row(Variant.byId(id).label, spreadOf(rs, StartupResult::millisToFirstLead, 0),
                    spreadOf(rs, StartupResult::jvmUptimeMillis, 0),
                    spreadOf(rs, r -> r.retainedHeapBytes() / 1048576.0, 1),
                    spreadOf(rs, r -> r.allocatedBytes() / 1048576.0, 1),
                    spreadOf(rs, r -> r.residentBytes() / 1048576.0, 1), spreadOf(rs, r -> r.loadedClasses(), 0));
        });
        return "\n## Cost of starting (fresh JVM, empty client to the first created lead)\n\n" + table;
    }

    private String bulk() {
        BulkResult b = results.bulk;
        return "\n## Bulk import\n\n" + new MarkdownTable("rows", "created", "failed", "split threads", "seconds",
                "leads/s", "(c) HttpClient 5 at 8 senders, leads/s", "ratio", "-Xmx MB", "peak used heap MB",
                "peak used heap per quarter of the rows, MB")
                .row(String.valueOf(b.rows()), String.valueOf(b.created()), String.valueOf(b.failed()),
                        String.valueOf(b.parallelism()), fmt(b.seconds(), 1), fmt(b.leadsPerSecond(), 0),
                        goals.rawAt(8).map(r -> fmt(r, 0)).orElse("not measured"),
                        goals.rawAt(8).map(r -> fmt(b.leadsPerSecond() / r, 2)).orElse("n/a"),
                        String.valueOf(mb(b.maxHeapBytes())), String.valueOf(mb(b.peakHeapBytes())),
                        String.join(" / ", b.peakHeapByQuarter().stream().map(q -> String.valueOf(mb(q))).toList()));
    }

    private String inFlight() {
        InFlightResult f = results.inFlight;
        return "\n## " + f.submitted() + " leads in flight at once from a parallel split on " + f.splitThreads()
                + " threads and as many pooled connections (simulator holds each answer " + f.serverDelayMillis()
                + " ms)\n\n" + new MarkdownTable("submitted", "completed", "failed", "ms to last answer",
                "threads before", "peak threads", "threads added", "simulator: most requests at once")
                .row(String.valueOf(f.submitted()), String.valueOf(f.completed()), String.valueOf(f.failed()),
                        fmt(f.totalMillis(), 0), String.valueOf(f.threadsBefore()), String.valueOf(f.peakThreads()),
                        f.newThreads().toString(), String.valueOf(f.simulatorMostConcurrent()))
                + (f.firstError() == null ? "" : "\nFirst error: `" + f.firstError() + "`\n");
    }

    private String pacing() {
        PacingResult p = results.pacing;
        return "\n## maxRequestsPerSecond=" + p.rate() + ", " + p.senders() + " senders, " + p.leads() + " leads (a"
                + " simulator in the worker's JVM)\n\n" + new MarkdownTable("created", "failed", "seconds",
                "expected seconds", "most in a whole second", "most in any second")
                .row(String.valueOf(p.created()), String.valueOf(p.failed()), fmt(p.totalMillis() / 1000, 2),
                        fmt((double) p.leads() / p.rate(), 2), String.valueOf(p.mostInWholeSecond()),
                        String.valueOf(p.mostInSlidingSecond()));
    }

    private String bulkLatency() {
        long latency = results.bulkLatency.values().iterator().next().latencyMillis();
        MarkdownTable table = new MarkdownTable("run", "rows", "in flight", "maxRequestsPerSecond",
                "simulator: creates received", "simulator: leads created", "route: failed", "seconds (worker)",
                "simulator: creates/s over its whole seconds", "of the latency limit", "simulator: most in a second",
                "heap after GC at 1/10 and at the end, MB", "peak used heap per quarter, MB");
        results.bulkLatency.forEach((run, r) -> table.row(run.label, String.valueOf(r.rows()),
                String.valueOf(r.concurrency()), r.maxRequestsPerSecond() == 0 ? "-" : String.valueOf(r.maxRequestsPerSecond()),
                String.valueOf(r.simulator().createRequests()), String.valueOf(r.simulator().leadsCreated()),
                String.valueOf(r.failed()), fmt(r.seconds(), 1), fmt(r.simulator().steadyRate(), 1),
                fmt(r.simulator().steadyRate() / r.latencyLimit(), 2),
                String.valueOf(r.simulator().mostInASecond()),
                r.heapAfterGcByTenth().isEmpty() ? "n/a" : fmt(r.heapAfterGcByTenth().get(0) / 1048576.0, 1) + " / "
                        + fmt(r.heapAfterGcByTenth().get(r.heapAfterGcByTenth().size() - 1) / 1048576.0, 1),
                String.join(" / ", r.peakHeapByQuarter().stream().map(q -> String.valueOf(mb(q))).toList())));
        BulkLatencyResult inFlight = results.bulkLatency.get(BulkLatencyScenario.Run.IN_FLIGHT);
        BulkLatencyResult oneByOne = results.bulkLatency.get(BulkLatencyScenario.Run.ONE_AT_A_TIME);
        String comparison = inFlight == null || oneByOne == null ? "" : "\nRows in flight against one at a time: "
                + fmt(inFlight.simulator().steadyRate() / oneByOne.simulator().steadyRate(), 1) + " times the rate; "
                + "the " + inFlight.rows() + " rows would take " + fmt(inFlight.rows() / oneByOne.simulator().steadyRate()
                / 60, 1) + " min one at a time, " + fmt(inFlight.rows() / inFlight.simulator().steadyRate() / 60, 1)
                + " min with " + inFlight.concurrency() + " in flight.\n";
        BulkLatencyResult paced = results.bulkLatency.get(BulkLatencyScenario.Run.PACED);
        String pacedSeconds = paced == null ? "" : "\nCreates the simulator received in each second of its clock, "
                + "paced at " + paced.maxRequestsPerSecond() + "/s: " + paced.simulator().createsPerSecond() + "\n";
        return "\n## Bulk import at latency (the simulator holds every answer, the token's too, " + latency
                + " ms; creates per second read from the simulator's clock)\n\n" + table + comparison + pacedSeconds;
    }

    private static <T> String spreadOf(List<T> items, ToDoubleFunction<T> metric, int decimals) {
        return Spread.of(items.stream().map(metric::applyAsDouble).toList()).format(decimals);
    }

    static String fmt(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static long mb(long bytes) {
        return bytes / 1048576;
    }
}
