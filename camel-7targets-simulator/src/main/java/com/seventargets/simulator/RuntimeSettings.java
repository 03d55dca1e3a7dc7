package com.seventargets.simulator;

import java.time.Duration;
import java.util.Objects;

/** The settings a test may change while the simulator runs; read on every request, so volatile. */
final class RuntimeSettings {

    private volatile Duration tokenLifetime;
    private volatile AssistantListShape assistantListShape;

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

    void restore(SimulatorSettings settings) {
        tokenLifetime(settings.tokenLifetime());
        assistantListShape(settings.assistantListShape());
    }

    static Duration checkLifetime(Duration lifetime) {
        if (lifetime == null || lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("token lifetime must be positive");
        }
        return lifetime;
    }
}
