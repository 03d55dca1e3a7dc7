package com.seventargets.benchmarks;

import java.util.List;

/** The cost of starting (a), (b) and (c), each in {@code forks} fresh JVMs, taking turns. */
final class StartupScenario implements Scenario {

    private static final List<Variant> VARIANTS = List.of(Variant.COMPONENT, Variant.CAMEL_HTTP_CACHED,
            Variant.HTTPCLIENT5, Variant.JDK_HTTPCLIENT);

    @Override
    public String name() {
        return "startup";
    }

    @Override
    public void run(ForkRunner runner, Options options, Results results) throws Exception {
        for (int round = 1; round <= options.forks(); round++) {
            for (Variant variant : VARIANTS) {
                ForkRunner.Outcome outcome = runner.run(ForkSpec.of(ForkSpec.Mode.STARTUP, variant, runner.target()));
                if (outcome.failure() == null) {
                    results.startup.add(outcome.result(StartupResult.class));
                } else {
                    results.failures.add("startup " + variant.id + ": " + outcome.failure());
                }
            }
        }
    }
}
