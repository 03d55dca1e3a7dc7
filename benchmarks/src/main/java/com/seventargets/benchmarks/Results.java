package com.seventargets.benchmarks;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Everything one run measured, filled by the scenarios and read by the {@link ReportWriter}. */
final class Results {
    final List<LoadSample> throughput = new ArrayList<>();
    final List<LoadSample> tokenDelay = new ArrayList<>();
    /** By the token endpoint delay in ms. */
    final Map<Long, LoadSample> deadlock = new TreeMap<>();
    final List<StartupResult> startup = new ArrayList<>();
    final List<String> failures = new ArrayList<>();
    BulkResult bulk;
    InFlightResult inFlight;
    PacingResult pacing;
    final Map<BulkLatencyScenario.Run, BulkLatencyResult> bulkLatency = new EnumMap<>(BulkLatencyScenario.Run.class);
}
