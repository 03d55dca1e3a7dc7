package com.seventargets.camel;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;

import com.seventargets.camel.internal.SevenTargetsApi;
import com.seventargets.camel.model.Assistant;
import com.seventargets.camel.model.Lead;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * Performs the endpoint's operation (or the one the {@link SevenTargetsConstants#OPERATION} header names) for each
 * message, and puts 7Targets' answer in the message body. The call is made in the thread that sends the message,
 * and the route goes on in that thread. Only an event loop, which must never block, hands the call to the
 * component's hand-off threads; the route then goes on there once 7Targets has answered.
 */
class SevenTargetsProducer extends DefaultAsyncProducer {

    private final SevenTargetsEndpoint endpoint;
    private final LeadRequests leadRequests;
    private final AssistantListing assistantListing;
    private final boolean dryRun;
    /** Null unless validateAssistant is set. */
    private final AssistantCheck assistantCheck;
    /** Null unless idempotentRepository is set. */
    private final IdempotentCreates idempotentCreates;
    private WritableHealthCheckRepository healthCheckRepository;
    private SevenTargetsProducerHealthCheck healthCheck;

    SevenTargetsProducer(SevenTargetsEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.leadRequests = new LeadRequests(endpoint.getConfiguration());
        this.assistantListing = new AssistantListing(endpoint.getConfiguration());
        this.dryRun = endpoint.getConfiguration().isDryRun();
        this.assistantCheck = endpoint.getConfiguration().isValidateAssistant()
                ? new AssistantCheck(assistantListing, endpoint.getConfiguration().getAssistantCacheTtl()) : null;
        this.idempotentCreates = endpoint.getConfiguration().getIdempotentRepository() != null
                ? new IdempotentCreates(endpoint.getConfiguration().getIdempotentRepository(),
                        endpoint.getComponent().getStats()) : null;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        if (!EventLoops.isCurrent()) {
            call(exchange);
            callback.done(true);
            return true;
        }
        try {
            endpoint.getComponent().handOff(() -> {
                call(exchange);
                callback.done(false);
            });
            return false;
        } catch (RejectedExecutionException e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
    }

    /** Makes the call; puts 7Targets' answer, or the failure, in the exchange. */
    private void call(Exchange exchange) {
        Message message = exchange.getMessage();
        SevenTargetsApi.Client client = endpoint.getClient();
        try {
            if (!isStarted() || client == null) {
                throw new IllegalStateException("The 7Targets producer is not started");
            }
            SevenTargetsOperation operation = operationOf(message);
            switch (operation) {
                case create, update, stopFollowup -> sendLead(message, operation, client);
                case list -> {
                    SevenTargetsApi.Response<List<Assistant>> listed = assistantListing.list(message, client);
                    message.setBody(listed.body());
                    message.setHeader(SevenTargetsConstants.HTTP_RESPONSE_CODE, listed.status());
                }
            }
        } catch (Throwable e) {
            // an Error too: a handed-off exchange must still be completed
            if (e instanceof SevenTargetsCallFailure failure) {
                message.setHeader(SevenTargetsConstants.ATTEMPTS, failure.getAttempts());
            } else if (e instanceof SevenTargetsValidationException invalid) {
                endpoint.getComponent().getStats().invalid(invalid.getOperation().name());
            }
            exchange.setException(e);
        }
    }

    /** The message's lead, checked, then sent (or, with dryRun, only shown); 7Targets' answer in the message. */
    private void sendLead(Message message, SevenTargetsOperation operation, SevenTargetsApi.Client client)
            throws IOException, SevenTargetsApiException {
        Lead lead = leadRequests.toLead(message, operation);
        if (assistantCheck != null) {
            assistantCheck.check(lead, operation, client);
        }
        if (dryRun) {
            message.setBody(client.preview(lead));
            message.setHeader(SevenTargetsConstants.DRY_RUN, true);
            return;
        }
        SevenTargetsApi.Response<Lead> response = switch (operation) {
            case create -> idempotentCreates != null ? idempotentCreates.create(message, lead, client)
                    : client.createLead(lead);
            case update -> client.updateLead(lead);
            case stopFollowup -> client.stopFollowup(lead);
            case list -> throw new IllegalArgumentException("list is not a lead operation");
        };
        if (response == null) {
            return; // a duplicate, not sent
        }
        message.setBody(response.body());
        message.setHeader(SevenTargetsConstants.LEAD_ID, response.body().getId());
        message.setHeader(SevenTargetsConstants.HTTP_RESPONSE_CODE, response.status());
    }

    private SevenTargetsOperation operationOf(Message message) {
        Object requested = message.getHeader(SevenTargetsConstants.OPERATION);
        if (requested == null) {
            return endpoint.getOperation();
        }
        try {
            return requested instanceof SevenTargetsOperation operation
                    ? endpoint.getResource().requireOperation(operation)
                    : endpoint.getResource().requireOperation(requested.toString());
        } catch (IllegalArgumentException e) {
            throw new SevenTargetsValidationException(endpoint.getOperation(),
                    List.of("header " + SevenTargetsConstants.OPERATION + ": " + e.getMessage()), e);
        }
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        healthCheckRepository = HealthCheckHelper.getHealthCheckRepository(
                endpoint.getCamelContext(), "producers", WritableHealthCheckRepository.class);
        if (healthCheckRepository != null) {
            healthCheck = new SevenTargetsProducerHealthCheck(endpoint, endpoint.getId());
            healthCheck.setEnabled(endpoint.getComponent().isHealthCheckProducerEnabled());
            healthCheckRepository.addHealthCheck(healthCheck);
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (healthCheckRepository != null && healthCheck != null) {
            healthCheckRepository.removeHealthCheck(healthCheck);
        }
        super.doStop();
    }
}
