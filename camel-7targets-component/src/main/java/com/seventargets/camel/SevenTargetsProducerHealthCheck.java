package com.seventargets.camel;

import java.io.IOException;
import java.util.Map;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * UP when the endpoint can get an access token (one cached counts), DOWN with the reason otherwise: credentials
 * refused, token endpoint unreachable or failing. Registered in Camel's {@code producers} health-check repository.
 */
final class SevenTargetsProducerHealthCheck extends AbstractHealthCheck {

    private final SevenTargetsEndpoint endpoint;

    SevenTargetsProducerHealthCheck(SevenTargetsEndpoint endpoint, String endpointId) {
        super("camel", "producer:seventargets-" + endpointId);
        this.endpoint = endpoint;
    }

    /** The endpoint checked, as Camel prints it. */
    String endpointUri() {
        return endpoint.getEndpointUri();
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        builder.detail("resource", endpoint.getResource().name());
        builder.detail("tokenUrl", endpoint.getConfiguration().getTokenUrl());
        try {
            endpoint.getClient().requireToken();
            builder.up();
        } catch (SevenTargetsAuthenticationException e) {
            builder.detail("error", e.getErrorCode());
            builder.message("7Targets refused the credentials: " + e.getMessage()).error(e).down();
        } catch (IOException | SevenTargetsApiException e) {
            builder.message("7Targets cannot be reached: " + e.getMessage()).error(e).down();
        }
    }
}
