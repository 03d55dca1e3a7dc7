package com.seventargets.benchmarks;

import java.util.List;
import java.util.Map;

/**
 * The price of not caching tokens: (a), which always caches, against camel-http without
 * {@code oauth2CacheTokens}, with the token endpoint 50 ms away like a Cognito round trip. One fork each, at
 * every concurrency ({@code --quick}: at {@link #QUICK_SENDERS} only).
 */
final class TokenDelayScenario implements Scenario {

    static final long TOKEN_DELAY_MILLIS = 50;
    static final int QUICK_SENDERS = 8;

    @Override
    public String name() {
        return "token-delay";
    }

    @Override
    public void run(ForkRunner runner, Options options, Results results) throws Exception {
        for (int senders : options.quick() ? List.of(QUICK_SENDERS) : options.senders()) {
            for (Variant variant : List.of(Variant.COMPONENT, Variant.CAMEL_HTTP_UNCACHED)) {
                ForkSpec spec = ForkSpec.load(variant, senders, options.pool(), options.warmupSeconds(),
                        options.measureSeconds(), ThroughputScenario.STALL_SECONDS, runner.target());
                results.tokenDelay.add(LoadSample.of(variant, senders, 1,
                        runner.run(spec, List.of(), Map.of("/oauth2/token", TOKEN_DELAY_MILLIS))));
            }
        }
    }
}
