package com.seventargets.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoublePredicate;
import java.util.function.IntFunction;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The goals checked against one run. Ratios are taken round by round (forks of one round ran one after
 * the other) and summarised by their median (min–max). "(c) best raw" is the faster of the two raw clients in
 * each round.
 */
final class Goals {

    /** The concurrencies the goals are set at. */
    static final List<Integer> GOAL_LEVELS = List.of(1, 8, 64);

    /** What the heap may gain from a tenth of a long import to its end: 40 bytes a row on 100,000 rows. */
    static final long HEAP_GROWTH_ALLOWED = 4L * 1048576;

    private final Results results;

    Goals(Results results) {
        this.results = results;
    }

    /** (a) throughput / the best (c) throughput, per round. */
    Spread ratioToBestRaw(int senders) {
        return ratioToBestRaw(Variant.COMPONENT, senders);
    }

    /** A component variant's throughput / the best (c) throughput, per round. */
    Spread ratioToBestRaw(Variant component, int senders) {
        return perRound(senders, round -> sample(component, senders, round)
                .flatMap(a -> bestRaw(senders, round).map(c -> a.result().leadsPerSecond() / c)));
    }

    /** (a) throughput / {@code other}'s throughput, per round. */
    Spread ratioTo(int senders, Variant other) {
        return ratioTo(Variant.COMPONENT, senders, other);
    }

    /** A component variant's throughput / {@code other}'s throughput, per round. */
    Spread ratioTo(Variant component, int senders, Variant other) {
        return perRound(senders, round -> ratio(component, senders, round, other, s -> s.result().leadsPerSecond()));
    }

    /** (a) bytes allocated per lead / (c) HttpClient 5's, per round. */
    Spread allocationRatio(int senders) {
        return perRound(senders, round -> ratio(Variant.COMPONENT, senders, round, Variant.HTTPCLIENT5,
                s -> s.result().allocatedBytesPerLead()));
    }

    /** (a) client (worker process) CPU per lead / (c) HttpClient 5's, per round. */
    Spread cpuRatio(int senders) {
        return perRound(senders, round -> ratio(Variant.COMPONENT, senders, round, Variant.HTTPCLIENT5,
                LoadSample::clientCpuMicrosPerLead));
    }

    /** The median best (c) throughput at this concurrency, if measured. */
    Optional<Double> rawAt(int senders) {
        Spread raw = perRound(senders, round -> bestRaw(senders, round));
        return raw.count() == 0 ? Optional.empty() : Optional.of(raw.median());
    }

    String table() {
        MarkdownTable table = new MarkdownTable("goal", "met in this run?", "evidence");
        table.row("(a)/(c HttpClient 5 classic loop) throughput ≥ 0.95 at 1, 8 and 64 senders",
                verdict(s -> ratioTo(s, Variant.HTTPCLIENT5), r -> r >= 0.95),
                evidence(GOAL_LEVELS, s -> ratioTo(s, Variant.HTTPCLIENT5)));
        table.row("(a)/(b camel-http with cached tokens) throughput ≥ 1.1 at 1, 8 and 64 senders",
                verdict(s -> ratioTo(s, Variant.CAMEL_HTTP_CACHED), r -> r >= 1.1),
                evidence(GOAL_LEVELS, s -> ratioTo(s, Variant.CAMEL_HTTP_CACHED)));
        table.row("client CPU per lead (a)/(c HttpClient 5) ≤ 1.25 at 1, 8 and 64 senders",
                verdict(this::cpuRatio, r -> r <= 1.25), evidence(GOAL_LEVELS, this::cpuRatio));
        table.row("allocation per lead (a)/(c HttpClient 5) ≤ 1.5 at 1, 8 and 64 senders",
                verdict(this::allocationRatio, r -> r <= 1.5), evidence(GOAL_LEVELS, this::allocationRatio));
        List<LoadSample> component = results.throughput.stream().filter(s -> s.variant() == Variant.COMPONENT).toList();
        table.row("(a): exactly 1 token request per fork (token lifetime 1 h; every fork is shorter)",
                component.isEmpty() ? "not measured" : yesNo(component.stream().allMatch(s -> s.tokenRequests() == 1)),
                "token requests per (a) fork: " + component.stream().map(s -> String.valueOf(s.tokenRequests())).toList());
        table.row(InFlightScenario.LEADS + " leads in flight at once from a parallel split (simulator holds each "
                + InFlightProbe.SERVER_DELAY_MILLIS / 1000 + " s): all completed, simulator saw "
                + InFlightScenario.LEADS + " at once, done within 3 server delays", inFlightVerdict(), inFlightEvidence());
        table.row("bulk import: heap flat, and ≥ 0.5 × (c) at the same concurrency (8)", bulkVerdict(), bulkEvidence());
        table.row("maxRequestsPerSecond=" + PacingProbe.RATE + ", " + PacingScenario.SENDERS + " senders: "
                + PacingProbe.LEADS + " leads in " + PacingProbe.LEADS / PacingProbe.RATE + " s ± 5 %, never more than "
                + PacingProbe.RATE + " in a second (issue 12)", pacingVerdict(), pacingEvidence());
        bulkLatencyRows(table);
        return table.toString();
    }

    /** The bulk import at latency: each goal on its own run, each rate from what the simulator received. */
    private void bulkLatencyRows(MarkdownTable table) {
        Map<BulkLatencyScenario.Run, BulkLatencyResult> runs = results.bulkLatency;
        BulkLatencyResult inFlight = runs.get(BulkLatencyScenario.Run.IN_FLIGHT);
        table.row("bulk import at latency, rows in flight: every row created once, ≥ 0.85 × the limit set by latency "
                + "(concurrency / latency)", inFlight == null ? "not measured" : yesNo(inFlightMet(inFlight)),
                inFlight == null ? "" : received(inFlight) + "; limit " + ReportWriter.fmt(inFlight.latencyLimit(), 0)
                        + " leads/s, ratio " + ReportWriter.fmt(inFlight.simulator().steadyRate()
                        / inFlight.latencyLimit(), 2));
        BulkLatencyResult paced = runs.get(BulkLatencyScenario.Run.PACED);
        table.row("bulk import at latency, maxRequestsPerSecond=" + BulkLatencyScenario.PACED_RATE + ": every row "
                + "created once, rate within 5 % of " + BulkLatencyScenario.PACED_RATE + "/s, no second of the "
                + "simulator's clock over " + BulkLatencyScenario.PACED_RATE, paced == null ? "not measured"
                : yesNo(pacedMet(paced)), paced == null ? "" : received(paced));
        BulkLatencyResult heap = runs.get(BulkLatencyScenario.Run.HEAP);
        table.row("bulk import at latency, long file: every row created once, used heap after GC at the end ≤ at a "
                + "tenth of the rows + " + HEAP_GROWTH_ALLOWED / 1048576 + " MB", heap == null ? "not measured"
                : yesNo(heapMet(heap)), heap == null ? "" : received(heap) + "; heap after GC at each tenth (MB) "
                        + heap.heapAfterGcByTenth().stream().map(b -> ReportWriter.fmt(b / 1048576.0, 1)).toList());
    }

    static boolean inFlightMet(BulkLatencyResult r) {
        return r.everyRowOnce() && r.simulator().steadyRate() >= 0.85 * r.latencyLimit();
    }

    static boolean pacedMet(BulkLatencyResult r) {
        int rate = r.maxRequestsPerSecond();
        return r.everyRowOnce() && Math.abs(r.simulator().steadyRate() - rate) <= 0.05 * rate
                && r.simulator().mostInASecond() <= rate;
    }

    static boolean heapMet(BulkLatencyResult r) {
        return r.everyRowOnce() && r.heapGrowthBytes() <= HEAP_GROWTH_ALLOWED;
    }

    private static String received(BulkLatencyResult r) {
        BulkLatencyResult.Received s = r.simulator();
        return r.rows() + " rows: simulator received " + s.createRequests() + " creates, created " + s.leadsCreated()
                + ", route failed " + r.failed() + "; " + ReportWriter.fmt(s.steadyRate(), 1)
                + " creates/s over the whole seconds, most in a second " + s.mostInASecond();
    }

    private String inFlightVerdict() {
        InFlightResult f = results.inFlight;
        if (f == null) {
            return "not measured";
        }
        return yesNo(f.completed() == InFlightScenario.LEADS && f.failed() == 0
                && f.simulatorMostConcurrent() >= InFlightScenario.LEADS
                && f.totalMillis() < 3 * f.serverDelayMillis());
    }

    private String inFlightEvidence() {
        InFlightResult f = results.inFlight;
        return f == null ? "" : f.completed() + " of " + f.submitted() + " completed, " + f.failed() + " failed, in "
                + ReportWriter.fmt(f.totalMillis(), 0) + " ms (server delay " + f.serverDelayMillis()
                + " ms); simulator saw " + f.simulatorMostConcurrent() + " requests at once; JVM threads: "
                + f.threadsBefore() + " before, peak " + f.peakThreads();
    }

    private String pacingVerdict() {
        PacingResult p = results.pacing;
        if (p == null) {
            return "not measured";
        }
        double expected = 1000.0 * p.leads() / p.rate();
        return yesNo(p.created() == p.leads() && Math.abs(p.totalMillis() - expected) <= 0.05 * expected
                && p.mostInWholeSecond() <= p.rate() && p.mostInSlidingSecond() <= p.rate());
    }

    private String pacingEvidence() {
        PacingResult p = results.pacing;
        return p == null ? "" : p.created() + " created in " + ReportWriter.fmt(p.totalMillis() / 1000, 2)
                + " s; most in a whole second from the first: " + p.mostInWholeSecond() + ", in any sliding second: "
                + p.mostInSlidingSecond();
    }

    private String bulkVerdict() {
        BulkResult b = results.bulk;
        if (b == null) {
            return "not measured";
        }
        Optional<Double> raw = rawAt(8);
        boolean flat = b.peakHeapByQuarter().get(3) <= 1.25 * b.peakHeapByQuarter().get(0) + 32 * 1048576L;
        return yesNo(b.created() == b.rows() && flat && raw.isPresent() && b.leadsPerSecond() >= 0.5 * raw.get())
                + (raw.isEmpty() ? " ((c) at 8 not measured)" : "");
    }

    private String bulkEvidence() {
        BulkResult b = results.bulk;
        return b == null ? "" : ReportWriter.fmt(b.leadsPerSecond(), 0) + " leads/s vs (c) "
                + rawAt(8).map(r -> ReportWriter.fmt(r, 0)).orElse("n/a") + "; peak heap per quarter (MB) "
                + b.peakHeapByQuarter().stream().map(q -> q / 1048576).toList() + " of -Xmx " + b.maxHeapBytes() / 1048576;
    }

    private Optional<Double> ratio(Variant component, int senders, int round, Variant other,
                                   ToDoubleFunction<LoadSample> metric) {
        return sample(component, senders, round).flatMap(a -> sample(other, senders, round)
                .map(o -> metric.applyAsDouble(a) / metric.applyAsDouble(o)));
    }

    private Optional<Double> bestRaw(int senders, int round) {
        return Stream.of(Variant.HTTPCLIENT5, Variant.JDK_HTTPCLIENT)
                .flatMap(v -> sample(v, senders, round).stream())
                .map(s -> s.result().leadsPerSecond()).max(Double::compare);
    }

    private Optional<LoadSample> sample(Variant variant, int senders, int round) {
        return results.throughput.stream().filter(s -> s.variant() == variant && s.senders() == senders
                && s.round() == round && s.ok()).findFirst();
    }

    private Spread perRound(int senders, IntFunction<Optional<Double>> perRound) {
        int rounds = results.throughput.stream().mapToInt(LoadSample::round).max().orElse(0);
        List<Double> values = new ArrayList<>();
        IntStream.rangeClosed(1, rounds).mapToObj(perRound).forEach(v -> v.ifPresent(values::add));
        return Spread.of(values);
    }

    /**
     * Whether the median of {@code ratio} meets {@code met} at each of {@link #GOAL_LEVELS}; a level not measured
     * fails the goal and is named.
     */
    private static String verdict(IntFunction<Spread> ratio, DoublePredicate met) {
        List<Integer> missing = GOAL_LEVELS.stream().filter(s -> ratio.apply(s).count() == 0).toList();
        if (missing.size() == GOAL_LEVELS.size()) {
            return "not measured";
        }
        return yesNo(missing.isEmpty() && GOAL_LEVELS.stream().allMatch(s -> met.test(ratio.apply(s).median())))
                + (missing.isEmpty() ? "" : " (not measured at " + missing + " senders)");
    }

    private static String evidence(List<Integer> levels, IntFunction<Spread> ratio) {
        return String.join("; ", levels.stream().map(s -> s + " senders: " + ratio.apply(s).format(2)).toList());
    }

    private static String yesNo(boolean met) {
        return met ? "**yes**" : "**no**";
    }
}
