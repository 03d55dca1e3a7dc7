package com.seventargets.camel;

import java.util.Map;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * UP when the endpoint can get an access token (one cached counts), DOWN with the reason otherwise: credentials
 * refused, token endpoint unreachable or failing, or 7Targets' refusal of the user identifier for a call that named
 * no assistant, while it is remembered (30 s after the last call it refused). A refusal for one assistant keeps it UP,
 * with the number of such assistants as the detail {@code refusedAssistants}. Registered in Camel's
 * {@code producers} health-check repository.
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
            // the health check's own thread waits, at most callTimeout
            endpoint.getClient().requireToken();
            // one assistant this user may not use is the lead's problem, not a reason to take the instance out
            int refusedAssistants = endpoint.getClient().refusedAssistants();
            if (refusedAssistants > 0) {
                builder.detail("refusedAssistants", refusedAssistants);
            }
            builder.up();
        } catch (SevenTargetsAuthenticationException refused) {
            builder.detail("error", refused.getErrorCode());
            String what = SevenTargetsAuthenticationException.USER_REFUSED.equals(refused.getErrorCode())
                    ? "the user identifier" : "the credentials";
            builder.message("7Targets refused " + what + ": " + refused.getMessage()).error(refused).down();
        } catch (Exception e) {
            builder.message("7Targets cannot be reached: " + e.getMessage()).error(e).down();
        }
    }
}
