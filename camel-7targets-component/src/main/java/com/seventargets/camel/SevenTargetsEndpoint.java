package com.seventargets.camel;

import java.util.ArrayList;
import java.util.List;

import com.seventargets.camel.internal.SevenTargetsApi;
import com.seventargets.camel.metrics.SevenTargetsStats;
import com.seventargets.camel.metrics.SevenTargetsStats.Kind;
import com.seventargets.camel.metrics.SevenTargetsStats.Outcome;
import org.apache.camel.CamelContextAware;
import com.seventargets.camel.metrics.SevenTargetsStats.TokenState;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultEndpoint;
import org.apache.camel.support.service.ServiceHelper;

/**
 * Send leads to the 7Targets AI sales assistant and list its assistants.
 * <p>
 * Its JMX attributes are the counts of the component (every {@code seventargets} endpoint of the CamelContext, as
 * the Micrometer meters count them) and the state of this endpoint's token, never the token itself.
 */
@ManagedResource(description = "7Targets endpoint: the component's call counts and this endpoint's token")
@UriEndpoint(firstVersion = "1.0.0", scheme = "seventargets", title = "7Targets", syntax = "seventargets:resource",
             producerOnly = true, category = { Category.SAAS, Category.API }, headersClass = SevenTargetsConstants.class)
public class SevenTargetsEndpoint extends DefaultEndpoint {

    /** The smallest maxResponseSize: room for any error answer of 7Targets or its token endpoint. */
    static final int MIN_RESPONSE_SIZE = 1024;

    @UriPath(description = "The part of the 7Targets API to use.", enums = "lead,assistant")
    @Metadata(required = true)
    private SevenTargetsResource resource;
    @UriParam(description = "The operation to perform: create (the default), update or stopFollowup for lead; list"
                            + " (the default) for assistant.",
              enums = "create,update,stopFollowup,list")
    private SevenTargetsOperation operation;
    @UriParam
    private SevenTargetsConfiguration configuration;

    private SevenTargetsApi.Client client;

    public SevenTargetsEndpoint(String uri, SevenTargetsComponent component, SevenTargetsResource resource,
                                SevenTargetsConfiguration configuration) {
        super(uri, component);
        this.resource = resource;
        this.configuration = configuration;
    }

    @Override
    public SevenTargetsComponent getComponent() {
        return (SevenTargetsComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() {
        return new SevenTargetsProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) {
        throw new UnsupportedOperationException("The 7Targets component only sends: use seventargets: in to()");
    }

    /**
     * Checks the options that can be checked without credentials, so that a wrong URI fails when the endpoint is
     * created.
     */
    void validate() {
        operation = resource.requireOperation(operation == null ? resource.defaultOperation() : operation);
        SecureUrls.requireSecure("tokenUrl", configuration.getTokenUrl());
        SecureUrls.requireSecure("baseUrl", configuration.getBaseUrl());
        SecureUrls.requireLoopbackProxyForPlainHttp(configuration.getTokenUrl(), configuration.getProxyHost());
        SecureUrls.requireLoopbackProxyForPlainHttp(configuration.getBaseUrl(), configuration.getProxyHost());
        if (configuration.getProxyHost() != null && configuration.getProxyPort() == null) {
            throw new IllegalArgumentException("Option proxyPort is missing: it is needed with proxyHost "
                                               + configuration.getProxyHost());
        }
        if (configuration.getMaxRetries() < 0 || configuration.getRetryDelay() < 0
            || configuration.getMaxRetryDelay() < configuration.getRetryDelay()) {
            throw new IllegalArgumentException("Options maxRetries " + configuration.getMaxRetries() + ", retryDelay "
                                               + configuration.getRetryDelay() + " ms and maxRetryDelay "
                                               + configuration.getMaxRetryDelay() + " ms: none may be negative, and"
                                               + " maxRetryDelay must not be less than retryDelay");
        }
        if (configuration.getCallTimeout() < 1) {
            throw new IllegalArgumentException("Option callTimeout " + configuration.getCallTimeout()
                                               + " ms: it must be 1 ms or more (the default is 2 minutes)");
        }
        if (configuration.getConnectionsPerRoute() < 1 || configuration.getMaxTotalConnections() < 1) {
            throw new IllegalArgumentException("Options connectionsPerRoute " + configuration.getConnectionsPerRoute()
                                               + " and maxTotalConnections " + configuration.getMaxTotalConnections()
                                               + ": both must be 1 or more");
        }
        if (configuration.getMaxResponseSize() < MIN_RESPONSE_SIZE) {
            throw new IllegalArgumentException("Option maxResponseSize " + configuration.getMaxResponseSize()
                                               + " bytes: it must be " + MIN_RESPONSE_SIZE + " or more (the default"
                                               + " is 4194304)");
        }
        if (configuration.getMaxRequestsPerSecond() < 0) {
            throw new IllegalArgumentException("Option maxRequestsPerSecond " + configuration.getMaxRequestsPerSecond()
                                               + ": it must be 0 (no pacing) or more");
        }
        if (configuration.getAssistantCacheTtl() < 0) {
            throw new IllegalArgumentException("Option assistantCacheTtl " + configuration.getAssistantCacheTtl()
                                               + " ms: it must not be negative");
        }
        new SevenTargetsApi.AssistantQuery(configuration.getPage(), configuration.getSize(), configuration.getSort(),
                configuration.getSearchString());
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        validate(); // again: options may have been changed through setters since the endpoint was created
        requireCredentials();
        client = getComponent().createClient(configuration);
        // as Camel's idempotent consumer does
        CamelContextAware.trySetCamelContext(configuration.getIdempotentRepository(), getCamelContext());
        ServiceHelper.startService(configuration.getIdempotentRepository());
        stats().showToken(this, "seventargets:" + resource + "?operation=" + operation, this::tokenState);
    }

    @Override
    protected void doStop() throws Exception {
        ServiceHelper.stopService(configuration.getIdempotentRepository());
        stats().hideToken(this);
        super.doStop();
    }

    private void requireCredentials() {
        List<String> missing = new ArrayList<>();
        addIfBlank(missing, "clientId", configuration.getClientId());
        addIfBlank(missing, "clientSecret", configuration.getClientSecret());
        addIfBlank(missing, "userIdentifier", configuration.getUserIdentifier());
        if (!missing.isEmpty()) {
            String first = missing.get(0);
            throw new IllegalArgumentException(
                    "Missing 7Targets credentials: " + String.join(", ", missing) + ". Set them on the component"
                                               + " (for example camel.component.seventargets." + kebab(first)
                                               + "={{env:SEVENTARGETS_" + kebab(first).toUpperCase().replace('-', '_')
                                               + "}}) or on the endpoint URI (seventargets:" + resource + "?" + first
                                               + "=RAW(...))");
        }
    }

    private static void addIfBlank(List<String> missing, String option, String value) {
        if (value == null || value.isBlank()) {
            missing.add(option);
        }
    }

    private static String kebab(String option) {
        return option.replaceAll("([A-Z])", "-$1").toLowerCase();
    }

    @ManagedAttribute(description = "Calls sent to 7Targets (after their retries), by every endpoint of the component")
    public long getRequests() {
        return stats().total(Kind.REQUESTS);
    }

    @ManagedAttribute(description = "Calls answered with a success")
    public long getRequestsSucceeded() {
        return stats().total(Kind.REQUESTS, Outcome.success.name());
    }

    @ManagedAttribute(description = "Calls that ended with a 4xx other than 429")
    public long getRequestsClientError() {
        return stats().total(Kind.REQUESTS, Outcome.client_error.name());
    }

    @ManagedAttribute(description = "Calls that ended with a 5xx")
    public long getRequestsServerError() {
        return stats().total(Kind.REQUESTS, Outcome.server_error.name());
    }

    @ManagedAttribute(description = "Calls that ended without an answer")
    public long getRequestsIoError() {
        return stats().total(Kind.REQUESTS, Outcome.io_error.name());
    }

    @ManagedAttribute(description = "Calls that ended with a 429")
    public long getRequestsRateLimited() {
        return stats().total(Kind.REQUESTS, Outcome.rate_limited.name());
    }

    @ManagedAttribute(description = "Messages refused before anything was sent")
    public long getInvalid() {
        return stats().total(Kind.INVALID);
    }

    @ManagedAttribute(description = "Creates not sent: the idempotent repository already had their lead")
    public long getDuplicates() {
        return stats().total(Kind.DUPLICATES);
    }

    @ManagedAttribute(description = "Repeated attempts of calls")
    public long getRetries() {
        return stats().total(Kind.RETRIES);
    }

    @ManagedAttribute(description = "Calls under way")
    public int getInFlight() {
        return stats().inFlight();
    }

    @ManagedAttribute(description = "Token fetches of the component, successful or not")
    public long getTokenRequests() {
        return stats().total(Kind.TOKEN_REQUESTS);
    }

    @ManagedAttribute(description = "Until when this endpoint's current token is used (ISO-8601), or null when none")
    public String getTokenValidUntil() {
        TokenState state = tokenState();
        return state.validUntil() == null ? null : state.validUntil().toString();
    }

    @ManagedAttribute(description = "How many times a token was fetched for this endpoint's credentials")
    public long getTokenFetches() {
        return tokenState().fetches();
    }

    @ManagedAttribute(description = "The token endpoint's error code when it last refused this endpoint's"
                                    + " credentials (invalid_client, ...), or null")
    public String getLastTokenRefusal() {
        return tokenState().lastRefusal();
    }

    /** The state of this endpoint's token (never the token). */
    TokenState tokenState() {
        return getComponent().tokenState(configuration);
    }

    private SevenTargetsStats stats() {
        return getComponent().getStats();
    }

    SevenTargetsApi.Client getClient() {
        return client;
    }

    public SevenTargetsResource getResource() {
        return resource;
    }

    public void setResource(SevenTargetsResource resource) {
        this.resource = resource;
    }

    public SevenTargetsOperation getOperation() {
        return operation;
    }

    public void setOperation(SevenTargetsOperation operation) {
        this.operation = operation;
    }

    public SevenTargetsConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(SevenTargetsConfiguration configuration) {
        this.configuration = configuration;
    }
}
