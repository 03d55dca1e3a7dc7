package com.seventargets.camel;

import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.Metadata;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * The component's options as JavaBeans properties, each delegating to the {@linkplain #getConfiguration()
 * configuration} every endpoint starts from, so that containers that bind by reflection (Spring XML, Blueprint, bean
 * factories) configure the component as Camel's generated configurer does.
 */
public abstract class SevenTargetsComponentOptions extends HealthCheckComponent implements SSLContextParametersAware {

    @Metadata(label = "advanced",
              description = "The options every endpoint starts from; endpoint URI options override them.")
    private SevenTargetsConfiguration configuration = new SevenTargetsConfiguration();
    @Metadata(label = "security", defaultValue = "false",
              description = "Use the global SSL context parameters when an endpoint has no sslContextParameters.")
    private boolean useGlobalSslContextParameters;

    public SevenTargetsConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(SevenTargetsConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }

    public String getClientId() {
        return configuration.getClientId();
    }

    public void setClientId(String clientId) {
        configuration.setClientId(clientId);
    }

    public String getClientSecret() {
        return configuration.getClientSecret();
    }

    public void setClientSecret(String clientSecret) {
        configuration.setClientSecret(clientSecret);
    }

    public String getUserIdentifier() {
        return configuration.getUserIdentifier();
    }

    public void setUserIdentifier(String userIdentifier) {
        configuration.setUserIdentifier(userIdentifier);
    }

    public String getScope() {
        return configuration.getScope();
    }

    public void setScope(String scope) {
        configuration.setScope(scope);
    }

    public String getTokenUrl() {
        return configuration.getTokenUrl();
    }

    public void setTokenUrl(String tokenUrl) {
        configuration.setTokenUrl(tokenUrl);
    }

    public String getBaseUrl() {
        return configuration.getBaseUrl();
    }

    public void setBaseUrl(String baseUrl) {
        configuration.setBaseUrl(baseUrl);
    }

    public String getAssistantEmail() {
        return configuration.getAssistantEmail();
    }

    public void setAssistantEmail(String assistantEmail) {
        configuration.setAssistantEmail(assistantEmail);
    }

    public IdempotentRepository getIdempotentRepository() {
        return configuration.getIdempotentRepository();
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        configuration.setIdempotentRepository(idempotentRepository);
    }

    public String getSource() {
        return configuration.getSource();
    }

    public void setSource(String source) {
        configuration.setSource(source);
    }

    public Long getScheduleId() {
        return configuration.getScheduleId();
    }

    public void setScheduleId(Long scheduleId) {
        configuration.setScheduleId(scheduleId);
    }

    public String getScheduleName() {
        return configuration.getScheduleName();
    }

    public void setScheduleName(String scheduleName) {
        configuration.setScheduleName(scheduleName);
    }

    public String getContext() {
        return configuration.getContext();
    }

    public void setContext(String context) {
        configuration.setContext(context);
    }

    public int getPage() {
        return configuration.getPage();
    }

    public void setPage(int page) {
        configuration.setPage(page);
    }

    public int getSize() {
        return configuration.getSize();
    }

    public void setSize(int size) {
        configuration.setSize(size);
    }

    public String getSort() {
        return configuration.getSort();
    }

    public void setSort(String sort) {
        configuration.setSort(sort);
    }

    public String getSearchString() {
        return configuration.getSearchString();
    }

    public void setSearchString(String searchString) {
        configuration.setSearchString(searchString);
    }

    public boolean isAllPages() {
        return configuration.isAllPages();
    }

    public void setAllPages(boolean allPages) {
        configuration.setAllPages(allPages);
    }

    public boolean isDryRun() {
        return configuration.isDryRun();
    }

    public void setDryRun(boolean dryRun) {
        configuration.setDryRun(dryRun);
    }

    public boolean isValidateAssistant() {
        return configuration.isValidateAssistant();
    }

    public void setValidateAssistant(boolean validateAssistant) {
        configuration.setValidateAssistant(validateAssistant);
    }

    public long getAssistantCacheTtl() {
        return configuration.getAssistantCacheTtl();
    }

    public void setAssistantCacheTtl(long assistantCacheTtl) {
        configuration.setAssistantCacheTtl(assistantCacheTtl);
    }

    public long getConnectTimeout() {
        return configuration.getConnectTimeout();
    }

    public void setConnectTimeout(long connectTimeout) {
        configuration.setConnectTimeout(connectTimeout);
    }

    public long getResponseTimeout() {
        return configuration.getResponseTimeout();
    }

    public void setResponseTimeout(long responseTimeout) {
        configuration.setResponseTimeout(responseTimeout);
    }

    public int getMaxRetries() {
        return configuration.getMaxRetries();
    }

    public void setMaxRetries(int maxRetries) {
        configuration.setMaxRetries(maxRetries);
    }

    public long getRetryDelay() {
        return configuration.getRetryDelay();
    }

    public void setRetryDelay(long retryDelay) {
        configuration.setRetryDelay(retryDelay);
    }

    public long getMaxRetryDelay() {
        return configuration.getMaxRetryDelay();
    }

    public void setMaxRetryDelay(long maxRetryDelay) {
        configuration.setMaxRetryDelay(maxRetryDelay);
    }

    public boolean isRetryUncertainCreate() {
        return configuration.isRetryUncertainCreate();
    }

    public void setRetryUncertainCreate(boolean retryUncertainCreate) {
        configuration.setRetryUncertainCreate(retryUncertainCreate);
    }

    public int getMaxRequestsPerSecond() {
        return configuration.getMaxRequestsPerSecond();
    }

    public void setMaxRequestsPerSecond(int maxRequestsPerSecond) {
        configuration.setMaxRequestsPerSecond(maxRequestsPerSecond);
    }

    public int getConnectionsPerRoute() {
        return configuration.getConnectionsPerRoute();
    }

    public void setConnectionsPerRoute(int connectionsPerRoute) {
        configuration.setConnectionsPerRoute(connectionsPerRoute);
    }

    public int getMaxTotalConnections() {
        return configuration.getMaxTotalConnections();
    }

    public void setMaxTotalConnections(int maxTotalConnections) {
        configuration.setMaxTotalConnections(maxTotalConnections);
    }

    public String getProxyHost() {
        return configuration.getProxyHost();
    }

    public void setProxyHost(String proxyHost) {
        configuration.setProxyHost(proxyHost);
    }

    public Integer getProxyPort() {
        return configuration.getProxyPort();
    }

    public void setProxyPort(Integer proxyPort) {
        configuration.setProxyPort(proxyPort);
    }

    public String getProxyAuthUsername() {
        return configuration.getProxyAuthUsername();
    }

    public void setProxyAuthUsername(String proxyAuthUsername) {
        configuration.setProxyAuthUsername(proxyAuthUsername);
    }

    public String getProxyAuthPassword() {
        return configuration.getProxyAuthPassword();
    }

    public void setProxyAuthPassword(String proxyAuthPassword) {
        configuration.setProxyAuthPassword(proxyAuthPassword);
    }

    public SSLContextParameters getSslContextParameters() {
        return configuration.getSslContextParameters();
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        configuration.setSslContextParameters(sslContextParameters);
    }
}
