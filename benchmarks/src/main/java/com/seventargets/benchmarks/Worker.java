package com.seventargets.benchmarks;

/**
 * The main class of a forked worker JVM: runs one {@link ForkSpec} and prints {@code RESULT <json>} on stdout,
 * then halts (a stuck client must not keep the JVM alive).
 */
public final class Worker {

    private Worker() {
    }

    public static void main(String[] args) throws Exception {
        ForkSpec spec = ForkSpec.fromArgs(args);
        Object result = switch (spec.mode()) {
            case LOAD -> {
                try (LeadClient client = Variant.byId(spec.variant()).newClient()) {
                    yield new LoadTest(client, spec, System.out).run();
                }
            }
            case STARTUP -> StartupProbe.run(spec);
            case BULK -> BulkImportProbe.run(spec);
            case INFLIGHT -> InFlightProbe.run(spec);
            case PACING -> PacingProbe.run(spec);
            case BULK_LATENCY -> BulkLatencyProbe.run(spec);
        };
        System.out.println("RESULT " + Json.write(result));
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }
}
