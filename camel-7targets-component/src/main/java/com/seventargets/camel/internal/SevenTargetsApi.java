package com.seventargets.camel.internal;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.function.Function;
import java.util.function.LongSupplier;

import javax.net.ssl.SSLContext;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.seventargets.camel.SevenTargetsApiException;
import com.seventargets.camel.metrics.SevenTargetsStats;
import com.seventargets.camel.model.Assistant;
import com.seventargets.camel.model.Lead;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.util.IOHelper;

/**
 * The 7Targets API client of one component: the one entry to this package. It owns what the component's endpoints
 * share (the access tokens, one pooled HTTP transport per set of connection settings, one rate limit per API client)
 * and gives each endpoint a {@link Client} for its {@link Settings}. Nothing here knows Camel's exchanges or the
 * component's configuration: settings arrive as values, failures leave as the component's exceptions.
 */
public final class SevenTargetsApi implements Closeable {

    /** The JSON mapper of the model, as the client reads and writes it. */
    public static final ObjectMapper JSON = Json.MAPPER;
    /** Reads one {@link Lead}; JSON {@code null} reads as null. */
    public static final ObjectReader LEAD_READER = Json.LEAD_READER;

    private final SevenTargetsStats stats;
    private final LongSupplier nanoClock;
    private final AccessTokens accessTokens;
    private final Function<SSLContextParameters, SSLContext> sslContexts;
    private final Map<TransportSettings, HttpTransport> transports = new ConcurrentHashMap<>();
    private final Map<List<String>, RateLimitGate> rateLimits = new ConcurrentHashMap<>();
    /** Cuts off the requests whose callTimeout passes; started with the first client, stopped by close. */
    private ScheduledExecutorService deadlineTimer;

    /**
     * @param stats       where the calls and token fetches are counted
     * @param nanoClock   what the token cache and the memory of refusals tell the time by, in
     *                    {@link System#nanoTime()}'s units
     * @param sslContexts builds the TLS context of a transport from its {@code sslContextParameters}
     */
    public SevenTargetsApi(SevenTargetsStats stats, LongSupplier nanoClock,
                           Function<SSLContextParameters, SSLContext> sslContexts) {
        this.stats = stats;
        this.nanoClock = nanoClock;
        this.accessTokens = new AccessTokens(stats, nanoClock);
        this.sslContexts = sslContexts;
    }

    /**
     * The client for an endpoint's settings, on the HTTP transport shared by every endpoint with the same connection
     * settings, and with the tokens shared by every endpoint of this component.
     *
     * @throws IllegalArgumentException when maxRequestsPerSecond differs from another endpoint's of the same API
     *                                  client, which shares one limit
     */
    public Client client(Settings settings) {
        HttpTransport transport = transports.computeIfAbsent(TransportSettings.of(settings),
                key -> new HttpTransport(HttpClientFactory.create(key, key.sslContextParameters() == null
                        ? null : sslContexts.apply(key.sslContextParameters())), key.hasProxyCredentials(),
                        key.maxResponseSize(), deadlineTimer()));
        ClientCredentials credentials = credentials(settings);
        RetryPolicy retries = new RetryPolicy(settings.maxRetries(), settings.retryDelay(), settings.maxRetryDelay(),
                settings.retryUncertainCreate());
        // 7Targets limits an API client: the same credentials on the same API share its limit and the waits it asks
        int maxRequestsPerSecond = settings.maxRequestsPerSecond();
        RateLimitGate rateLimit = rateLimits.computeIfAbsent(List.of(credentials.tokenUrl(), credentials.clientId(),
                settings.baseUrl()), key -> new RateLimitGate(maxRequestsPerSecond));
        if (rateLimit.maxRequestsPerSecond() != maxRequestsPerSecond) {
            throw new IllegalArgumentException("Option maxRequestsPerSecond " + maxRequestsPerSecond + " differs from"
                                               + " the " + rateLimit.maxRequestsPerSecond() + " of another endpoint"
                                               + " with the same credentials and baseUrl, which share one limit: set"
                                               + " it on the component");
        }
        return new HttpSevenTargetsClient(transport, accessTokens, credentials, settings.baseUrl(),
                settings.userIdentifier(), retries, settings.callTimeout(), rateLimit, stats, nanoClock);
    }

    /** The state of the token an endpoint with these settings uses (never the token). */
    public SevenTargetsStats.TokenState tokenState(Settings settings) {
        return accessTokens.state(credentials(settings));
    }

    private static ClientCredentials credentials(Settings settings) {
        return new ClientCredentials(settings.tokenUrl(), settings.clientId(), settings.clientSecret(),
                settings.scope(), settings.baseUrl());
    }

    private synchronized ScheduledExecutorService deadlineTimer() {
        if (deadlineTimer == null) {
            ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, runnable -> {
                Thread thread = new Thread(runnable, "SevenTargetsCallTimeout");
                thread.setDaemon(true);
                return thread;
            });
            timer.setRemoveOnCancelPolicy(true); // a call that ends in time leaves nothing queued
            deadlineTimer = timer;
        }
        return deadlineTimer;
    }

    /** Closes the transports and forgets the tokens and rate limits. */
    @Override
    public void close() {
        synchronized (this) {
            if (deadlineTimer != null) {
                deadlineTimer.shutdownNow();
                deadlineTimer = null;
            }
        }
        transports.values().forEach(IOHelper::close);
        transports.clear();
        rateLimits.clear();
        accessTokens.clear();
    }

    /**
     * What an endpoint's calls need to know, as values: where, who, how often to retry, how fast, how to connect.
     * Timeouts and delays in milliseconds.
     */
    public record Settings(
            String tokenUrl, String clientId, String clientSecret, String scope,
            String baseUrl, String userIdentifier,
            int maxRetries, long retryDelay, long maxRetryDelay, boolean retryUncertainCreate, long callTimeout,
            int maxRequestsPerSecond,
            long connectTimeout, long responseTimeout, int connectionsPerRoute, int maxTotalConnections,
            int maxResponseSize,
            String proxyHost, Integer proxyPort, String proxyAuthUsername, String proxyAuthPassword,
            SSLContextParameters sslContextParameters) {

        @Override
        public String toString() {
            // the secrets and the user identifier stay out of every log line
            return "Settings[tokenUrl=" + tokenUrl + ", baseUrl=" + baseUrl + ", scope=" + scope + "]";
        }
    }

    /**
     * The 7Targets API as Java calls, made in the calling thread. The client gets the access token, sends the headers
     * the API needs and maps JSON. A failed call throws one of the component's exceptions
     * ({@link SevenTargetsApiException}, {@link com.seventargets.camel.SevenTargetsAuthenticationException},
     * {@link com.seventargets.camel.SevenTargetsConnectionException}).
     */
    public interface Client {

        /**
         * Gets an access token unless a usable one is cached: proves the credentials and the token endpoint work.
         * Fails with 7Targets' refusal of the user identifier while it is remembered, when it concerned every call.
         */
        void requireToken() throws IOException, SevenTargetsApiException;

        /** For how many assistants 7Targets' refusal of the user identifier is remembered now. */
        int refusedAssistants();

        /**
         * What a lead call would send, without sending it: the JSON text of the lead; gets an access token first, as
         * the call would, so that the credentials are proven.
         */
        String preview(Lead lead) throws IOException, SevenTargetsApiException;

        /** {@code POST /leads}. */
        Response<Lead> createLead(Lead lead) throws IOException, SevenTargetsApiException;

        /** {@code PUT /leads}: the lead is found by id, else by e-mail. */
        Response<Lead> updateLead(Lead lead) throws IOException, SevenTargetsApiException;

        /** {@code PUT /leads/stop/followup}. */
        Response<Lead> stopFollowup(Lead lead) throws IOException, SevenTargetsApiException;

        /**
         * {@code GET /leads/assistant}: one page, or every page from there on; the status is the last page's.
         *
         * @throws SevenTargetsApiException when 7Targets ignores the page parameter, so that allPages cannot walk it,
         *                                  or says there are more than 100 pages
         */
        Response<List<Assistant>> listAssistants(AssistantQuery query, boolean allPages)
                throws IOException, SevenTargetsApiException;
    }

    /** What 7Targets answered: the HTTP status and the body, mapped. */
    public record Response<T>(int status, T body) {
    }

    /** One page of the assistant listing to ask for. */
    public record AssistantQuery(int page, int size, String sort, String searchString) {

        /**
         * @throws IllegalArgumentException when the page is negative or the size not positive
         */
        public AssistantQuery {
            if (page < 0 || size < 1) {
                throw new IllegalArgumentException(
                        "page " + page + " and size " + size + ": page must be 0 or more, size 1 or more");
            }
        }

        AssistantQuery nextPage() {
            return new AssistantQuery(page + 1, size, sort, searchString);
        }
    }
}
