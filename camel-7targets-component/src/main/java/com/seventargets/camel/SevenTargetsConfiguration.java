package com.seventargets.camel;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * The options of a 7Targets endpoint. Set on the component, they are inherited by every endpoint, whose URI options
 * override them.
 */
@UriParams
public class SevenTargetsConfiguration implements Cloneable {

    public static final String DEFAULT_TOKEN_URL = "https://login.7targets.com/oauth2/token";
    public static final String DEFAULT_BASE_URL = "https://api.7targets.com";

    @UriParam(label = "security", secret = true,
              description = "The OAuth2 client id of your 7Targets API client.")
    private String clientId;
    @UriParam(label = "security", secret = true,
              description = "The OAuth2 client secret of your 7Targets API client.")
    private String clientSecret;
    @UriParam(label = "security", secret = true,
              description = "The user identifier from the 7Targets UI (Settings, User Identifier), sent as the"
                            + " `7ts-user-identifier` header. That user must be assigned to every assistant used.")
    private String userIdentifier;
    @UriParam(label = "security", defaultValue = "leads/post",
              description = "The OAuth2 scope requested with the access token; empty requests every scope enabled"
                            + " for the client.")
    private String scope = "leads/post";
    @UriParam(defaultValue = DEFAULT_TOKEN_URL, displayName = "Token URL",
              description = "The OAuth2 token endpoint. Plain http is accepted only for loopback hosts.")
    private String tokenUrl = DEFAULT_TOKEN_URL;
    @UriParam(defaultValue = DEFAULT_BASE_URL, displayName = "Base URL",
              description = "The base URL of the 7Targets API. Plain http is accepted only for loopback hosts.")
    private String baseUrl = DEFAULT_BASE_URL;

    @UriParam(label = "producer,lead", displayName = "Assistant E-mail",
              description = "The assistant a created lead is assigned to, when the lead has no `assistantEmail`.")
    private String assistantEmail;
    @UriParam(label = "producer,lead",
              description = "The source of a created lead, when the lead has none (7Targets defaults to Website).")
    private String source;
    @UriParam(label = "producer,lead",
              description = "The schedule (sequence) id of a created lead, when the lead names no schedule.")
    private Long scheduleId;
    @UriParam(label = "producer,lead",
              description = "The schedule (sequence) name of a created lead, case sensitive, when the lead names no"
                            + " schedule.")
    private String scheduleName;
    @UriParam(label = "producer,lead",
              description = "The context of a created lead, when the lead has none: the assistant writes its"
                            + " messages using it.")
    private String context;

    @UriParam(label = "producer,lead",
              description = "Create each lead once: a repository of the leads created (Camel's IdempotentRepository,"
                            + " such as a JDBC one shared by every instance), keyed by the lead's `assistantEmail`"
                            + " and `email`, lower-cased. A create whose key is already there is not sent: the"
                            + " exchange goes on and the header `CamelSevenTargetsDuplicate` is true. A key is removed"
                            + " again when the create surely failed, and kept when its outcome is unknown. Update and"
                            + " stopFollowup are always sent.")
    private IdempotentRepository idempotentRepository;

    @UriParam(label = "producer,assistant", defaultValue = "0",
              description = "The page of assistants to list, from 0.")
    private int page;
    @UriParam(label = "producer,assistant", defaultValue = "10",
              description = "The number of assistants per page.")
    private int size = 10;
    @UriParam(label = "producer,assistant", defaultValue = "lastModifiedDate,desc",
              description = "The order of the assistants, as `field,asc` or `field,desc`.")
    private String sort = "lastModifiedDate,desc";
    @UriParam(label = "producer,assistant",
              description = "Lists only the assistants whose name or e-mail contains this text.")
    private String searchString;
    @UriParam(label = "producer,assistant", defaultValue = "false",
              description = "Lists every page, from `page` on, and returns all the assistants in one list.")
    private boolean allPages;
    @UriParam(label = "producer,lead", defaultValue = "false",
              description = "Try a route against a real account without writing: each lead is read, completed with"
                            + " the endpoint's defaults and checked, and an access token is fetched, but nothing is"
                            + " created, updated or stopped. The body becomes the JSON that would have been sent, and"
                            + " the header `CamelSevenTargetsDryRun` is true. Listing assistants is not affected.")
    private boolean dryRun;
    @UriParam(label = "producer,lead", defaultValue = "false",
              description = "Check, before sending, that a lead's `assistantEmail` is one of the account's assistants,"
                            + " and refuse it otherwise with a SevenTargetsValidationException (which does not name"
                            + " them). The assistants are listed (every page) before the first check and again when"
                            + " `assistantCacheTtl` has passed; if 7Targets refuses the listing (the token's scope"
                            + " may not allow it), that is logged once and leads are sent unchecked.")
    private boolean validateAssistant;
    @UriParam(label = "producer,lead", defaultValue = "600000", javaType = "java.time.Duration",
              description = "How long the list of assistants that `validateAssistant` checks against is used before"
                            + " it is listed again, in milliseconds or with a unit (`10m`).")
    private long assistantCacheTtl = 600_000;

    @UriParam(label = "timeout", defaultValue = "10000", javaType = "java.time.Duration",
              description = "How long to wait for a connection to 7Targets (token endpoint and API), in"
                            + " milliseconds or with a unit (`10s`).")
    private long connectTimeout = 10_000;
    @UriParam(label = "timeout", defaultValue = "30000", javaType = "java.time.Duration",
              description = "How long to wait for an answer from 7Targets (token endpoint and API), in"
                            + " milliseconds or with a unit (`30s`).")
    private long responseTimeout = 30_000;
    @UriParam(label = "timeout", defaultValue = "120000", javaType = "java.time.Duration",
              description = "The longest one call to 7Targets may take, in milliseconds or with a unit (`2m`): the"
                            + " token request, the waits for a turn (`maxRequestsPerSecond`, a 429's `Retry-After`),"
                            + " every attempt and the waits between them. When it passes, the request under way is"
                            + " cut off and the exchange fails with a SevenTargetsConnectionException naming"
                            + " callTimeout; a retry that would end after it is not made. The default leaves room for"
                            + " `maxRetries` retries after waits of up to `maxRetryDelay`.")
    private long callTimeout = 120_000;
    @UriParam(label = "retry", defaultValue = "3",
              description = "How many times a call is repeated after a transient failure: 429, 502, 503, 504, or no"
                            + " connection. 0 leaves retries to Camel's error handler.")
    private int maxRetries = 3;
    @UriParam(label = "retry", defaultValue = "500", javaType = "java.time.Duration",
              description = "The wait before the first retry, doubled (with jitter) before each next one, in"
                            + " milliseconds or with a unit (`500ms`).")
    private long retryDelay = 500;
    @UriParam(label = "retry", defaultValue = "30000", javaType = "java.time.Duration",
              description = "The longest wait before a retry, in milliseconds or with a unit (`30s`). A 429 whose"
                            + " `Retry-After` asks for longer fails at once with a SevenTargetsRateLimitException"
                            + " that says how long.")
    private long maxRetryDelay = 30_000;
    @UriParam(label = "retry", defaultValue = "false",
              description = "Also retry a create whose answer was lost (read timeout, connection closed after"
                            + " sending). Off by default: the lead may have been created.")
    private boolean retryUncertainCreate;

    @UriParam(label = "advanced", defaultValue = "0",
              description = "Space the calls to 7Targets evenly, at most this many per second, for every endpoint"
                            + " with the same credentials and baseUrl in the CamelContext (which share one limit); 0"
                            + " does not pace. A sender that is early waits in its thread for its turn.")
    private int maxRequestsPerSecond;
    @UriParam(label = "advanced", defaultValue = "20",
              description = "The concurrency limit: how many calls to one 7Targets host (API or token endpoint) are"
                            + " under way at once, over pooled connections shared by every endpoint with the same"
                            + " connection settings. A sender beyond it waits for a connection, at most"
                            + " `responseTimeout`. Raise it with the number of threads that send.")
    private int connectionsPerRoute = 20;
    @UriParam(label = "advanced", defaultValue = "200",
              description = "The maximum number of pooled connections to all hosts together.")
    private int maxTotalConnections = 200;
    @UriParam(label = "advanced", defaultValue = "4194304",
              description = "The largest answer read from 7Targets or its token endpoint, in bytes: a longer body fails"
                            + " the call with a SevenTargetsConnectionException naming this limit and the URL, instead"
                            + " of filling the heap. The default holds a page of 100 assistants whose HTML signatures"
                            + " are 40 KB each.")
    private int maxResponseSize = 4 * 1024 * 1024;

    @UriParam(label = "proxy", description = "The host of the HTTP proxy to reach 7Targets through.")
    private String proxyHost;
    @UriParam(label = "proxy", description = "The port of the HTTP proxy.")
    private Integer proxyPort;
    @UriParam(label = "proxy", secret = true, description = "The user name for the HTTP proxy (Basic).")
    private String proxyAuthUsername;
    @UriParam(label = "proxy", secret = true, description = "The password for the HTTP proxy (Basic).")
    private String proxyAuthPassword;
    @UriParam(label = "security",
              description = "The TLS settings (trust store, key store, protocols) for the connections to 7Targets.")
    private SSLContextParameters sslContextParameters;

    /**
     * A copy whose changes do not affect this configuration: what an endpoint starts from.
     */
    public SevenTargetsConfiguration copy() {
        try {
            return (SevenTargetsConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public String getUserIdentifier() {
        return userIdentifier;
    }

    public void setUserIdentifier(String userIdentifier) {
        this.userIdentifier = userIdentifier;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getTokenUrl() {
        return tokenUrl;
    }

    public void setTokenUrl(String tokenUrl) {
        this.tokenUrl = tokenUrl;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getAssistantEmail() {
        return assistantEmail;
    }

    public void setAssistantEmail(String assistantEmail) {
        this.assistantEmail = assistantEmail;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public Long getScheduleId() {
        return scheduleId;
    }

    public void setScheduleId(Long scheduleId) {
        this.scheduleId = scheduleId;
    }

    public String getScheduleName() {
        return scheduleName;
    }

    public void setScheduleName(String scheduleName) {
        this.scheduleName = scheduleName;
    }

    public String getContext() {
        return context;
    }

    public void setContext(String context) {
        this.context = context;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public int getSize() {
        return size;
    }

    public void setSize(int size) {
        this.size = size;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getSearchString() {
        return searchString;
    }

    public void setSearchString(String searchString) {
        this.searchString = searchString;
    }

    public int getMaxRequestsPerSecond() {
        return maxRequestsPerSecond;
    }

    public void setMaxRequestsPerSecond(int maxRequestsPerSecond) {
        this.maxRequestsPerSecond = maxRequestsPerSecond;
    }

    public boolean isValidateAssistant() {
        return validateAssistant;
    }

    public void setValidateAssistant(boolean validateAssistant) {
        this.validateAssistant = validateAssistant;
    }

    public long getAssistantCacheTtl() {
        return assistantCacheTtl;
    }

    public void setAssistantCacheTtl(long assistantCacheTtl) {
        this.assistantCacheTtl = assistantCacheTtl;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    public boolean isAllPages() {
        return allPages;
    }

    public void setAllPages(boolean allPages) {
        this.allPages = allPages;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public int getMaxResponseSize() {
        return maxResponseSize;
    }

    public void setMaxResponseSize(int maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
    }

    public long getCallTimeout() {
        return callTimeout;
    }

    public void setCallTimeout(long callTimeout) {
        this.callTimeout = callTimeout;
    }

    public long getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(long responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getRetryDelay() {
        return retryDelay;
    }

    public void setRetryDelay(long retryDelay) {
        this.retryDelay = retryDelay;
    }

    public long getMaxRetryDelay() {
        return maxRetryDelay;
    }

    public void setMaxRetryDelay(long maxRetryDelay) {
        this.maxRetryDelay = maxRetryDelay;
    }

    public boolean isRetryUncertainCreate() {
        return retryUncertainCreate;
    }

    public void setRetryUncertainCreate(boolean retryUncertainCreate) {
        this.retryUncertainCreate = retryUncertainCreate;
    }

    public int getConnectionsPerRoute() {
        return connectionsPerRoute;
    }

    public void setConnectionsPerRoute(int connectionsPerRoute) {
        this.connectionsPerRoute = connectionsPerRoute;
    }

    public int getMaxTotalConnections() {
        return maxTotalConnections;
    }

    public void setMaxTotalConnections(int maxTotalConnections) {
        this.maxTotalConnections = maxTotalConnections;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public String getProxyAuthUsername() {
        return proxyAuthUsername;
    }

    public void setProxyAuthUsername(String proxyAuthUsername) {
        this.proxyAuthUsername = proxyAuthUsername;
    }

    public String getProxyAuthPassword() {
        return proxyAuthPassword;
    }

    public void setProxyAuthPassword(String proxyAuthPassword) {
        this.proxyAuthPassword = proxyAuthPassword;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }
}
