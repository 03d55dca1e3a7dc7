package com.seventargets.benchmarks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one forked worker JVM runs. Passed as {@code key=value} arguments rather than JSON so that the worker
 * loads no Jackson class before a startup measurement.
 *
 * @param mode what to run
 * @param variant the {@link Variant#id} (LOAD and STARTUP)
 * @param senders concurrent sender threads (LOAD), or leads in flight (INFLIGHT)
 * @param connections pool size per route and in total, 0 for the library defaults
 * @param warmupSeconds warm-up before measuring (LOAD)
 * @param measureSeconds the measured window (LOAD), or the time limit (BULK, INFLIGHT)
 * @param stallSeconds no lead created for this long means the client is stuck (LOAD)
 * @param rows CSV rows to import (BULK, BULK_LATENCY)
 * @param maxRequestsPerSecond the component's {@code maxRequestsPerSecond}, 0 for none (BULK_LATENCY)
 * @param target the simulator
 */
record ForkSpec(Mode mode, String variant, int senders, int connections, double warmupSeconds,
        double measureSeconds, int stallSeconds, int rows, int maxRequestsPerSecond, Target target) {

    /** The kinds of fork. */
    enum Mode { LOAD, STARTUP, BULK, INFLIGHT, PACING, BULK_LATENCY }

    static ForkSpec load(Variant variant, int senders, int connections, double warmup, double measure, int stall,
            Target target) {
        return new ForkSpec(Mode.LOAD, variant.id, senders, connections, warmup, measure, stall, 0, 0, target);
    }

    static ForkSpec of(Mode mode, Variant variant, Target target) {
        return new ForkSpec(mode, variant.id, 0, 0, 0, 0, 0, 0, 0, target);
    }

    ForkSpec withSenders(int count) {
        return new ForkSpec(mode, variant, count, connections, warmupSeconds, measureSeconds, stallSeconds, rows,
                maxRequestsPerSecond, target);
    }

    ForkSpec withConnections(int count) {
        return new ForkSpec(mode, variant, senders, count, warmupSeconds, measureSeconds, stallSeconds, rows,
                maxRequestsPerSecond, target);
    }

    ForkSpec withLimit(double seconds) {
        return new ForkSpec(mode, variant, senders, connections, warmupSeconds, seconds, stallSeconds, rows,
                maxRequestsPerSecond, target);
    }

    ForkSpec withRows(int count) {
        return new ForkSpec(mode, variant, senders, connections, warmupSeconds, measureSeconds, stallSeconds, count,
                maxRequestsPerSecond, target);
    }

    ForkSpec withMaxRequestsPerSecond(int rate) {
        return new ForkSpec(mode, variant, senders, connections, warmupSeconds, measureSeconds, stallSeconds, rows,
                rate, target);
    }

    /** The longest this fork may take before the harness kills it, in seconds. */
    long timeoutSeconds() {
        return (long) (60 + warmupSeconds + measureSeconds + stallSeconds);
    }

    List<String> toArgs() {
        return List.of("mode=" + mode, "variant=" + variant, "senders=" + senders, "connections=" + connections,
                "warmup=" + warmupSeconds, "measure=" + measureSeconds, "stall=" + stallSeconds, "rows=" + rows,
                "maxRequestsPerSecond=" + maxRequestsPerSecond,
                "baseUrl=" + target.baseUrl(), "tokenUrl=" + target.tokenUrl(), "clientId=" + target.clientId(),
                "clientSecret=" + target.clientSecret(), "userIdentifier=" + target.userIdentifier(),
                "assistantEmail=" + target.assistantEmail());
    }

    static ForkSpec fromArgs(String[] args) {
        Map<String, String> a = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            a.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        Target target = new Target(a.get("baseUrl"), a.get("tokenUrl"), a.get("clientId"), a.get("clientSecret"),
                a.get("userIdentifier"), a.get("assistantEmail"));
        return new ForkSpec(Mode.valueOf(a.get("mode")), a.get("variant"), Integer.parseInt(a.get("senders")),
                Integer.parseInt(a.get("connections")), Double.parseDouble(a.get("warmup")),
                Double.parseDouble(a.get("measure")), Integer.parseInt(a.get("stall")),
                Integer.parseInt(a.get("rows")), Integer.parseInt(a.get("maxRequestsPerSecond")), target);
    }
}
