package com.seventargets.camel.springboot;

import java.time.Duration;

import com.seventargets.camel.SevenTargetsConfiguration;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code camel.component.seventargets.*} properties: every option of the 7Targets component, with its
 * description and default, in kebab case ({@code client-secret}) or as environment variables
 * ({@code CAMEL_COMPONENT_SEVENTARGETS_CLIENTSECRET}). Durations take a number of milliseconds or a unit
 * ({@code 10s}). {@code OptionsCoverageTest} keeps this list equal to the component's.
 */
@ConfigurationProperties(prefix = "camel.component.seventargets")
public class SevenTargetsComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    /**
     * The base URL of the 7Targets API. Plain http is accepted only for loopback hosts.
     */
    private String baseUrl = "https://api.7targets.com";
    /**
     * Whether the producer should be started lazy (on the first message). By starting lazy you can use this to allow
     * CamelContext and routes to startup in situations where a producer may otherwise fail during starting and cause
     * the route to fail being started. By deferring this startup to be lazy then the startup failure can be handled
     * during routing messages via Camel's routing error handlers. Beware that when the first message is processed
     * then creating and starting the producer may take a little time and prolong the total processing time of the
     * processing.
     */
    private Boolean lazyStartProducer = false;
    /**
     * The OAuth2 token endpoint. Plain http is accepted only for loopback hosts.
     */
    private String tokenUrl = "https://login.7targets.com/oauth2/token";
    /**
     * Whether autowiring is enabled. This is used for automatic autowiring options (the option must be marked as
     * autowired) by looking up in the registry to find if there is a single instance of matching type, which then
     * gets configured on the component. This can be used for automatic configuring JDBC data sources, JMS connection
     * factories, AWS Clients, etc.
     */
    private Boolean autowiredEnabled = true;
    /**
     * The options every endpoint starts from; endpoint URI options override them.
     */
    private SevenTargetsConfiguration configuration;
    /**
     * The concurrency limit: how many calls to one 7Targets host (API or token endpoint) are under way at once, over
     * pooled connections shared by every endpoint with the same connection settings. A sender beyond it waits for a
     * connection, at most responseTimeout. Raise it with the number of threads that send.
     */
    private Integer connectionsPerRoute = 20;
    /**
     * Space the calls to 7Targets evenly, at most this many per second, for every endpoint with the same credentials
     * and baseUrl in the CamelContext (which share one limit); 0 does not pace. A sender that is early waits in its
     * thread for its turn.
     */
    private Integer maxRequestsPerSecond = 0;
    /**
     * The maximum number of pooled connections to all hosts together.
     */
    private Integer maxTotalConnections = 200;
    /**
     * Lists every page, from page on, and returns all the assistants in one list.
     */
    private Boolean allPages = false;
    /**
     * The page of assistants to list, from 0.
     */
    private Integer page = 0;
    /**
     * Lists only the assistants whose name or e-mail contains this text.
     */
    private String searchString;
    /**
     * The number of assistants per page.
     */
    private Integer size = 10;
    /**
     * The order of the assistants, as field,asc or field,desc.
     */
    private String sort = "lastModifiedDate,desc";
    /**
     * Used for enabling or disabling all consumer based health checks from this component
     */
    private Boolean healthCheckConsumerEnabled = true;
    /**
     * Used for enabling or disabling all producer based health checks from this component. Notice: Camel has by
     * default disabled all producer based health-checks. You can turn on producer checks globally by setting
     * camel.health.producersEnabled=true.
     */
    private Boolean healthCheckProducerEnabled = true;
    /**
     * How long the list of assistants that validateAssistant checks against is used before it is listed again, in
     * milliseconds or with a unit (10m).
     */
    private Duration assistantCacheTtl = Duration.ofMinutes(10);
    /**
     * The assistant a created lead is assigned to, when the lead has no assistantEmail.
     */
    private String assistantEmail;
    /**
     * The context of a created lead, when the lead has none: the assistant writes its messages using it.
     */
    private String context;
    /**
     * Try a route against a real account without writing: each lead is read, completed with the endpoint's defaults
     * and checked, and an access token is fetched, but nothing is created, updated or stopped. The body becomes the
     * JSON that would have been sent, and the header CamelSevenTargetsDryRun is true. Listing assistants is not
     * affected.
     */
    private Boolean dryRun = false;
    /**
     * The schedule (sequence) id of a created lead, when the lead names no schedule.
     */
    private Long scheduleId;
    /**
     * The schedule (sequence) name of a created lead, case sensitive, when the lead names no schedule.
     */
    private String scheduleName;
    /**
     * Create each lead once: a repository of the leads created (Camel's IdempotentRepository, such as a JDBC one
     * shared by every instance), keyed by the lead's assistantEmail and email, lower-cased. A create whose key is
     * already there is not sent: the exchange goes on and the header CamelSevenTargetsDuplicate is true. A key is
     * removed again when the create surely failed, and kept when its outcome is unknown. Update and stopFollowup are
     * always sent.
     */
    private IdempotentRepository idempotentRepository;
    /**
     * The source of a created lead, when the lead has none (7Targets defaults to Website).
     */
    private String source;
    /**
     * Check, before sending, that a lead's assistantEmail is one of the account's assistants, and refuse it
     * otherwise with a SevenTargetsValidationException that names them. The assistants are listed (every page)
     * before the first check and again when assistantCacheTtl has passed; if 7Targets refuses the listing (the
     * token's scope may not allow it), that is logged once and leads are sent unchecked.
     */
    private Boolean validateAssistant = false;
    /**
     * The password for the HTTP proxy (Basic).
     */
    private String proxyAuthPassword;
    /**
     * The user name for the HTTP proxy (Basic).
     */
    private String proxyAuthUsername;
    /**
     * The host of the HTTP proxy to reach 7Targets through.
     */
    private String proxyHost;
    /**
     * The port of the HTTP proxy.
     */
    private Integer proxyPort;
    /**
     * How many times a call is repeated after a transient failure: 429, 502, 503, 504, or no connection. 0 leaves
     * retries to Camel's error handler.
     */
    private Integer maxRetries = 3;
    /**
     * The longest wait before a retry, in milliseconds or with a unit (30s). A 429 whose Retry-After asks for longer
     * fails at once with a SevenTargetsRateLimitException that says how long.
     */
    private Duration maxRetryDelay = Duration.ofSeconds(30);
    /**
     * The wait before the first retry, doubled (with jitter) before each next one, in milliseconds or with a unit
     * (500ms).
     */
    private Duration retryDelay = Duration.ofMillis(500);
    /**
     * Also retry a create whose answer was lost (read timeout, connection closed after sending). Off by default: the
     * lead may have been created.
     */
    private Boolean retryUncertainCreate = false;
    /**
     * The OAuth2 client id of your 7Targets API client.
     */
    private String clientId;
    /**
     * The OAuth2 client secret of your 7Targets API client.
     */
    private String clientSecret;
    /**
     * The OAuth2 scope requested with the access token; empty requests every scope enabled for the client.
     */
    private String scope = "leads/post";
    /**
     * The TLS settings (trust store, key store, protocols) for the connections to 7Targets.
     */
    private SSLContextParameters sslContextParameters;
    /**
     * Use the global SSL context parameters when an endpoint has no sslContextParameters.
     */
    private Boolean useGlobalSslContextParameters = false;
    /**
     * The user identifier from the 7Targets UI (Settings, User Identifier), sent as the 7ts-user-identifier header.
     * That user must be assigned to every assistant used.
     */
    private String userIdentifier;
    /**
     * How long to wait for a connection to 7Targets (token endpoint and API), in milliseconds or with a unit (10s).
     */
    private Duration connectTimeout = Duration.ofSeconds(10);
    /**
     * How long to wait for an answer from 7Targets (token endpoint and API), in milliseconds or with a unit (30s).
     */
    private Duration responseTimeout = Duration.ofSeconds(30);

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public String getTokenUrl() {
        return tokenUrl;
    }

    public void setTokenUrl(String tokenUrl) {
        this.tokenUrl = tokenUrl;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public SevenTargetsConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(SevenTargetsConfiguration configuration) {
        this.configuration = configuration;
    }

    public Integer getConnectionsPerRoute() {
        return connectionsPerRoute;
    }

    public void setConnectionsPerRoute(Integer connectionsPerRoute) {
        this.connectionsPerRoute = connectionsPerRoute;
    }

    public Integer getMaxRequestsPerSecond() {
        return maxRequestsPerSecond;
    }

    public void setMaxRequestsPerSecond(Integer maxRequestsPerSecond) {
        this.maxRequestsPerSecond = maxRequestsPerSecond;
    }

    public Integer getMaxTotalConnections() {
        return maxTotalConnections;
    }

    public void setMaxTotalConnections(Integer maxTotalConnections) {
        this.maxTotalConnections = maxTotalConnections;
    }

    public Boolean getAllPages() {
        return allPages;
    }

    public void setAllPages(Boolean allPages) {
        this.allPages = allPages;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public String getSearchString() {
        return searchString;
    }

    public void setSearchString(String searchString) {
        this.searchString = searchString;
    }

    public Integer getSize() {
        return size;
    }

    public void setSize(Integer size) {
        this.size = size;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public Boolean getHealthCheckConsumerEnabled() {
        return healthCheckConsumerEnabled;
    }

    public void setHealthCheckConsumerEnabled(Boolean healthCheckConsumerEnabled) {
        this.healthCheckConsumerEnabled = healthCheckConsumerEnabled;
    }

    public Boolean getHealthCheckProducerEnabled() {
        return healthCheckProducerEnabled;
    }

    public void setHealthCheckProducerEnabled(Boolean healthCheckProducerEnabled) {
        this.healthCheckProducerEnabled = healthCheckProducerEnabled;
    }

    public Duration getAssistantCacheTtl() {
        return assistantCacheTtl;
    }

    public void setAssistantCacheTtl(Duration assistantCacheTtl) {
        this.assistantCacheTtl = assistantCacheTtl;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public String getAssistantEmail() {
        return assistantEmail;
    }

    public void setAssistantEmail(String assistantEmail) {
        this.assistantEmail = assistantEmail;
    }

    public String getContext() {
        return context;
    }

    public void setContext(String context) {
        this.context = context;
    }

    public Boolean getDryRun() {
        return dryRun;
    }

    public void setDryRun(Boolean dryRun) {
        this.dryRun = dryRun;
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

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public Boolean getValidateAssistant() {
        return validateAssistant;
    }

    public void setValidateAssistant(Boolean validateAssistant) {
        this.validateAssistant = validateAssistant;
    }

    public String getProxyAuthPassword() {
        return proxyAuthPassword;
    }

    public void setProxyAuthPassword(String proxyAuthPassword) {
        this.proxyAuthPassword = proxyAuthPassword;
    }

    public String getProxyAuthUsername() {
        return proxyAuthUsername;
    }

    public void setProxyAuthUsername(String proxyAuthUsername) {
        this.proxyAuthUsername = proxyAuthUsername;
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

    public Integer getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(Integer maxRetries) {
        this.maxRetries = maxRetries;
    }

    public Duration getMaxRetryDelay() {
        return maxRetryDelay;
    }

    public void setMaxRetryDelay(Duration maxRetryDelay) {
        this.maxRetryDelay = maxRetryDelay;
    }

    public Duration getRetryDelay() {
        return retryDelay;
    }

    public void setRetryDelay(Duration retryDelay) {
        this.retryDelay = retryDelay;
    }

    public Boolean getRetryUncertainCreate() {
        return retryUncertainCreate;
    }

    public void setRetryUncertainCreate(Boolean retryUncertainCreate) {
        this.retryUncertainCreate = retryUncertainCreate;
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

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public Boolean getUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    public void setUseGlobalSslContextParameters(Boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }

    public String getUserIdentifier() {
        return userIdentifier;
    }

    public void setUserIdentifier(String userIdentifier) {
        this.userIdentifier = userIdentifier;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Duration getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(Duration responseTimeout) {
        this.responseTimeout = responseTimeout;
    }
}
