package com.seventargets.benchmarks;

import java.util.List;
import java.util.Map;

/**
 * The trap of issue 4: camel-http without token cache, its pool left at the defaults (20 connections per
 * route), 64 senders, token endpoint and API on one host; once without and (not with {@code --quick}) once
 * with the 50 ms token delay.
 * "No lead for {@link #STALL_SECONDS} s" ends the fork and is reported as a stall, with where a sender waits.
 */
final class DeadlockScenario implements Scenario {

    static final int SENDERS = 64;
    static final int STALL_SECONDS = 10;

    @Override
    public String name() {
        return "deadlock";
    }

    @Override
    public void run(ForkRunner runner, Options options, Results results) throws Exception {
        List<Long> tokenDelays = options.quick() ? List.of(0L) : List.of(0L, TokenDelayScenario.TOKEN_DELAY_MILLIS);
        for (long tokenDelay : tokenDelays) {
            ForkSpec spec = ForkSpec.load(Variant.CAMEL_HTTP_UNCACHED, SENDERS, 0, options.warmupSeconds(),
                    Math.max(options.measureSeconds(), 2 * STALL_SECONDS), STALL_SECONDS, runner.target());
            Map<String, Long> delays = tokenDelay == 0 ? Map.of() : Map.of("/oauth2/token", tokenDelay);
            results.deadlock.put(tokenDelay, LoadSample.of(Variant.CAMEL_HTTP_UNCACHED, SENDERS, 1,
                    runner.run(spec, List.of(), delays)));
        }
    }
}
