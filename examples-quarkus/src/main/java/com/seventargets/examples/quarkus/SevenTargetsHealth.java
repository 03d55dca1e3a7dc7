package com.seventargets.examples.quarkus;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck.Result;
import org.apache.camel.health.HealthCheck.State;
import org.apache.camel.health.HealthCheckRegistry;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The {@code seventargets} check of {@code /q/health}: whether the 7Targets producers can get an access token, from
 * the component's own Camel health checks. Camel Quarkus shows Camel's producer checks only as one aggregate
 * ({@code camel-producers}), without their names.
 */
@Readiness
@ApplicationScoped
public class SevenTargetsHealth implements HealthCheck {

    static final String NAME = "seventargets";

    @Inject
    CamelContext camelContext;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up();
        List<org.apache.camel.health.HealthCheck> checks = HealthCheckRegistry.get(camelContext).stream()
                .filter(check -> check.getId().contains(NAME))
                .toList();
        if (checks.isEmpty()) {
            return response.down().withData("reason", "the seventargets component registered no health check").build();
        }
        for (org.apache.camel.health.HealthCheck check : checks) {
            Result result = check.call();
            response.withData(check.getId(), result.getState() + result.getMessage().map(text -> ": " + text).orElse(""));
            if (result.getState() == State.DOWN) {
                response.down();
            }
        }
        return response.build();
    }
}
