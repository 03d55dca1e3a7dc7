package com.seventargets.examples.quarkus;

import java.util.Optional;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import com.seventargets.simulator.SevenTargetsSimulator;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The 7Targets simulator this application runs in-process when no 7Targets credentials are configured, so that it
 * works on a fresh machine without a 7Targets account.
 */
@Singleton
public class EmbeddedSimulator {

    private final boolean needed;
    private final int port;
    private final int assistants;
    private SevenTargetsSimulator simulator;

    public EmbeddedSimulator(@ConfigProperty(name = "camel.component.seventargets.client-id") Optional<String> clientId,
                             @ConfigProperty(name = "camel.component.seventargets.client-secret") Optional<String> secret,
                             @ConfigProperty(name = "camel.component.seventargets.user-identifier") Optional<String> user,
                             @ConfigProperty(name = "seventargets.simulator.port") int port,
                             @ConfigProperty(name = "seventargets.simulator.assistants") int assistants) {
        this.needed = clientId.isEmpty() && secret.isEmpty() && user.isEmpty();
        this.port = port;
        this.assistants = assistants;
    }

    /** Whether none of the three credentials is configured: then the simulator stands in for 7Targets. */
    public boolean isNeeded() {
        return needed;
    }

    /** The running simulator, started on first call, when it is needed. */
    public synchronized Optional<SevenTargetsSimulator> start() {
        if (needed && simulator == null) {
            simulator = SevenTargetsSimulator.builder().port(port).seedAssistants(assistants).build().start();
        }
        return Optional.ofNullable(simulator);
    }

    // after Camel has stopped: Quarkus destroys its beans last
    @PreDestroy
    synchronized void stop() {
        if (simulator != null) {
            simulator.stop();
        }
    }
}
