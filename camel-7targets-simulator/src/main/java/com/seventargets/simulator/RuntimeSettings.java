package com.seventargets.simulator;

import java.time.Duration;
import java.util.Objects;

/** The settings a test may change while the simulator runs; read on every request, so volatile. */
final class RuntimeSettings {

    private volatile Duration tokenLifetime;
    private volatile AssistantListShape assistantListShape;
    private volatile Duration latency;
    private volatile Duration tokenLatency;

    RuntimeSettings(SimulatorSettings settings) {
        restore(settings);
    }

    Duration tokenLifetime() {
        return tokenLifetime;
    }

    void tokenLifetime(Duration lifetime) {
        this.tokenLifetime = checkLifetime(lifetime);
    }

    AssistantListShape assistantListShape() {
        return assistantListShape;
    }

    void assistantListShape(AssistantListShape shape) {
        this.assistantListShape = Objects.requireNonNull(shape, "shape");
    }

    /** How long each API answer is held. */
    Duration latency() {
        return latency;
    }

    void latency(Duration latency) {
        this.latency = checkLatency(latency, "latency");
    }

    /** How long each answer of the token endpoint is held. */
    Duration tokenLatency() {
        return tokenLatency;
    }

    void tokenLatency(Duration latency) {
        this.tokenLatency = checkLatency(latency, "tokenLatency");
    }

    void restore(SimulatorSettings settings) {
        tokenLifetime(settings.tokenLifetime());
        assistantListShape(settings.assistantListShape());
        latency(settings.latency());
        tokenLatency(settings.tokenLatency());
    }

    static Duration checkLifetime(Duration lifetime) {
        if (lifetime == null || lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("token lifetime must be positive");
        }
        return lifetime;
    }

    static Duration checkLatency(Duration latency, String name) {
        if (latency == null || latency.isNegative()) {
            throw new IllegalArgumentException(name + " must be zero or positive, not " + latency);
        }
        return latency;
    }
}
