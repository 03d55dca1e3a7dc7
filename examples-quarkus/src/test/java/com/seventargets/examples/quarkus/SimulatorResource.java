package com.seventargets.examples.quarkus;

import java.util.Map;

import com.seventargets.simulator.SevenTargetsSimulator;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A 7Targets simulator the application is configured to use as 7Targets itself (credentials set: the application's
 * own embedded simulator stays off). Injected into test fields of type {@link SevenTargetsSimulator}.
 */
public class SimulatorResource implements QuarkusTestResourceLifecycleManager {

    static final String ASSISTANT = "assistant1@simulator.7targets.test";
    /** The init argument that gives the application a client secret the simulator refuses. */
    static final String WRONG_SECRET = "wrongSecret";

    private SevenTargetsSimulator simulator;
    private String wrongSecret;

    @Override
    public void init(Map<String, String> initArgs) {
        wrongSecret = initArgs.get(WRONG_SECRET);
    }

    @Override
    public Map<String, String> start() {
        simulator = SevenTargetsSimulator.builder().seedAssistants(3).build().start();
        return Map.ofEntries(
                Map.entry("camel.component.seventargets.token-url", simulator.tokenUrl()),
                Map.entry("camel.component.seventargets.base-url", simulator.baseUrl()),
                Map.entry("camel.component.seventargets.client-id", simulator.clientId()),
                Map.entry("camel.component.seventargets.client-secret",
                        wrongSecret != null ? wrongSecret : simulator.clientSecret()),
                Map.entry("camel.component.seventargets.user-identifier", simulator.userIdentifier()),
                Map.entry("camel.component.seventargets.assistant-email", ASSISTANT),
                // retries in milliseconds, not seconds
                Map.entry("leads.redelivery.delay", "10"),
                // a Retry-After of 2 s is then a quota the component does not wait for: its tests wait 2 s, not 30
                Map.entry("camel.component.seventargets.max-retry-delay", "1000"),
                // the packaged application, too, starts with no lead created
                Map.entry("quarkus.datasource.jdbc.url", "jdbc:h2:mem:created-leads;DB_CLOSE_DELAY=-1"));
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(simulator, new TestInjector.MatchesType(SevenTargetsSimulator.class));
    }

    @Override
    public void stop() {
        if (simulator != null) {
            simulator.stop();
        }
    }
}
