package com.seventargets.camel.springboot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRepository;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * The health of the 7Targets producers, from their Camel health checks (in Camel's {@code producers} repository):
 * UP when every producer can get an access token, DOWN with each failing producer's reason and error code
 * ({@code invalid_client}, {@code user_refused}, ...) otherwise. UNKNOWN, saying why, when Camel's producer checks are
 * off ({@code camel.health.producers-enabled=true} turns them on) or no route sends to 7Targets.
 */
public class SevenTargetsHealthIndicator extends AbstractHealthIndicator {

    private static final String CHECK_PREFIX = "producer:seventargets-";

    private final CamelContext camelContext;

    public SevenTargetsHealthIndicator(CamelContext camelContext) {
        super("7Targets health check failed");
        this.camelContext = camelContext;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        HealthCheckRepository producers = HealthCheckHelper.getHealthCheckRepository(camelContext, "producers");
        if (producers == null || !producers.isEnabled()) {
            builder.unknown().withDetail("reason",
                    "Camel's producer health checks are off: set camel.health.producers-enabled=true");
            return;
        }
        List<HealthCheck.Result> results = producers.stream()
                .filter(check -> check.getId().startsWith(CHECK_PREFIX))
                .map(HealthCheck::call)
                .toList();
        if (results.isEmpty()) {
            builder.unknown().withDetail("reason", "No route sends to 7Targets");
            return;
        }
        boolean allUp = true;
        for (HealthCheck.Result result : results) {
            allUp &= result.getState() == HealthCheck.State.UP;
            builder.withDetail(result.getCheck().getId(), describe(result));
        }
        if (allUp) {
            builder.up();
        } else {
            builder.down();
        }
    }

    private static Map<String, Object> describe(HealthCheck.Result result) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("state", result.getState().name());
        result.getMessage().ifPresent(message -> details.put("reason", message));
        details.putAll(result.getDetails());
        return details;
    }
}
