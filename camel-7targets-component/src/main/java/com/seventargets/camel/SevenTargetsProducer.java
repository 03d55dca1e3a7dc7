package com.seventargets.camel;

import java.util.List;

import com.seventargets.camel.client.ApiResponse;
import com.seventargets.camel.client.SevenTargetsClient;
import com.seventargets.camel.model.Lead;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.DefaultProducer;

/**
 * Performs the endpoint's operation (or the one the {@link SevenTargetsConstants#OPERATION} header names) for each
 * message, and puts 7Targets' answer in the message body.
 */
public class SevenTargetsProducer extends DefaultProducer {

    private final SevenTargetsEndpoint endpoint;
    private final LeadRequests leadRequests;
    private final AssistantListing assistantListing;
    private WritableHealthCheckRepository healthCheckRepository;
    private SevenTargetsProducerHealthCheck healthCheck;

    public SevenTargetsProducer(SevenTargetsEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.leadRequests = new LeadRequests(endpoint.getConfiguration());
        this.assistantListing = new AssistantListing(endpoint.getConfiguration());
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

    @Override
    public void process(Exchange exchange) throws Exception {
        Message message = exchange.getMessage();
        SevenTargetsOperation operation = operationOf(message);
        if (operation == SevenTargetsOperation.list) {
            assistantListing.list(message, endpoint.getClient());
        } else {
            sendLead(message, operation);
        }
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

    private void sendLead(Message message, SevenTargetsOperation operation) throws Exception {
        Lead lead = leadRequests.toLead(message, operation);
        SevenTargetsClient client = endpoint.getClient();
        ApiResponse<Lead> response = switch (operation) {
            case create -> client.createLead(lead);
            case update -> client.updateLead(lead);
            case stopFollowup -> client.stopFollowup(lead);
            case list -> throw new IllegalStateException("list is not a lead operation");
        };
        message.setBody(response.body());
        message.setHeader(SevenTargetsConstants.LEAD_ID, response.body().getId());
        message.setHeader(SevenTargetsConstants.HTTP_RESPONSE_CODE, response.status());
    }
}
