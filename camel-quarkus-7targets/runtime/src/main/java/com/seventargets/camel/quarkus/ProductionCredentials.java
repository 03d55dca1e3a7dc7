package com.seventargets.camel.quarkus;

import java.util.List;
import java.util.stream.Collectors;

import io.quarkus.runtime.configuration.ConfigurationException;
import org.eclipse.microprofile.config.Config;

/**
 * In production the three credentials must be configured: the simulator never stands in for 7Targets silently, so a
 * missing one fails the start before anything is sent.
 */
final class ProductionCredentials {

    private ProductionCredentials() {
    }

    static void require(Config config) {
        List<String> missing = SimulatorSettings.CREDENTIALS.stream()
                .filter(property -> config.getOptionalValue(property, String.class).filter(v -> !v.isBlank()).isEmpty())
                .toList();
        if (!missing.isEmpty()) {
            throw new ConfigurationException("7Targets credentials missing: " + String.join(", ", missing)
                    + ". In production set all three: " + SimulatorSettings.CREDENTIALS.stream()
                            .map(property -> property + " (environment variable "
                                             + SimulatorSettings.environmentVariable(property) + ")")
                            .collect(Collectors.joining(", "))
                    + ". The 7Targets simulator starts by itself only in dev and test mode; to run a demo against it"
                    + " on purpose, set quarkus.camel.seventargets.simulator.enabled=true.");
        }
    }
}
