package com.seventargets.camel;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.seventargets.camel.client.RetryingSender;

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

    private long longestTokenRequest() {
        SevenTargetsConfiguration configuration = endpoint.getConfiguration();
        long attempts = configuration.getMaxRetries() + 1L;
        return attempts * (configuration.getConnectTimeout() + configuration.getResponseTimeout())
               + configuration.getMaxRetries() * configuration.getMaxRetryDelay();
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
            // the health check's own thread may wait, as long as a token request with all its retries may take
            endpoint.getClient().requireToken().get(longestTokenRequest(), TimeUnit.MILLISECONDS);
            builder.up();
        } catch (TimeoutException e) {
            builder.message("7Targets did not answer the token request within " + longestTokenRequest() + " ms").down();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            builder.message("Interrupted while checking 7Targets").down();
        } catch (ExecutionException e) {
            Throwable failure = RetryingSender.unwrap(e);
            if (failure instanceof SevenTargetsAuthenticationException refused) {
                builder.detail("error", refused.getErrorCode());
                builder.message("7Targets refused the credentials: " + refused.getMessage());
            } else {
                builder.message("7Targets cannot be reached: " + failure.getMessage());
            }
            builder.error(failure).down();
        }
    }
}
