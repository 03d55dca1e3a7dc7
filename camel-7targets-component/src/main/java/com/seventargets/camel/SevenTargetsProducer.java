package com.seventargets.camel;

import java.util.ArrayList;
import java.util.List;

import com.seventargets.camel.client.ApiResponse;
import com.seventargets.camel.client.AssistantPage;
import com.seventargets.camel.client.AssistantQuery;
import com.seventargets.camel.client.SevenTargetsClient;
import com.seventargets.camel.model.Assistant;
import com.seventargets.camel.model.Lead;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultProducer;

/**
 * Performs the endpoint's operation (or the one the {@link SevenTargetsConstants#OPERATION} header names) for each
 * message, and puts 7Targets' answer in the message body.
 */
public class SevenTargetsProducer extends DefaultProducer {

    private final SevenTargetsEndpoint endpoint;
    private final LeadRequests leadRequests;

    public SevenTargetsProducer(SevenTargetsEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.leadRequests = new LeadRequests(endpoint.getConfiguration());
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Message message = exchange.getMessage();
        SevenTargetsOperation operation = operationOf(message);
        if (operation == SevenTargetsOperation.list) {
            listAssistants(message);
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

    private void listAssistants(Message message) throws Exception {
        SevenTargetsConfiguration configuration = endpoint.getConfiguration();
        AssistantQuery query = new AssistantQuery(
                message.getHeader(SevenTargetsConstants.PAGE, configuration.getPage(), Integer.class),
                message.getHeader(SevenTargetsConstants.SIZE, configuration.getSize(), Integer.class),
                message.getHeader(SevenTargetsConstants.SORT, configuration.getSort(), String.class),
                message.getHeader(SevenTargetsConstants.SEARCH_STRING, configuration.getSearchString(), String.class));
        if (query.page() < 0 || query.size() < 1) {
            throw new SevenTargetsValidationException(SevenTargetsOperation.list,
                    List.of("page " + query.page() + " and size " + query.size()
                            + ": page must be 0 or more, size 1 or more"));
        }
        List<Assistant> assistants = new ArrayList<>();
        ApiResponse<AssistantPage> response = endpoint.getClient().listAssistants(query);
        assistants.addAll(response.body().assistants());
        while (configuration.isAllPages() && !response.body().isLast(query)) {
            query = query.nextPage();
            response = endpoint.getClient().listAssistants(query);
            assistants.addAll(response.body().assistants());
        }
        message.setBody(assistants);
        message.setHeader(SevenTargetsConstants.HTTP_RESPONSE_CODE, response.status());
    }
}
