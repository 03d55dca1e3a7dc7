package com.seventargets.camel.internal;

import javax.net.ssl.SSLContext;

import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;

/**
 * Builds the pooled Apache HttpClient 5 classic client for a set of {@link TransportSettings}: their timeouts, pool
 * sizes, TLS and proxy, our user agent; it neither retries (the component's retry policy does), redirects, keeps
 * cookies, decompresses nor writes a wire log.
 */
final class HttpClientFactory {

    private static final String USER_AGENT = "camel-7targets";

    private HttpClientFactory() {
    }

    /**
     * @param sslContext the TLS context built from the settings' {@code sslContextParameters}, or null for the JVM's
     */
    public static CloseableHttpClient create(TransportSettings settings, SSLContext sslContext) {
        Timeout responseTimeout = Timeout.ofMilliseconds(settings.responseTimeout());
        PoolingHttpClientConnectionManagerBuilder connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnPerRoute(settings.connectionsPerRoute())
                .setMaxConnTotal(settings.maxTotalConnections())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofMilliseconds(settings.connectTimeout()))
                        .setSocketTimeout(responseTimeout)
                        .build())
                // HttpClient's wire log would print the raw requests, credentials included
                .setConnectionFactory(new UnloggedConnections());
        if (sslContext != null) {
            connections.setTlsSocketStrategy(ClientTlsStrategyBuilder.create().setSslContext(sslContext).buildClassic());
        }
        HttpClientBuilder builder = HttpClients.custom()
                .setConnectionManager(connections.build())
                // a sender waits for a pooled connection no longer than for an answer (not HttpClient's 3 minutes)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(responseTimeout)
                        .setConnectionRequestTimeout(responseTimeout)
                        .build())
                // bodies and headers as 7Targets sent them
                .disableContentCompression()
                // one retry policy, ours: HttpClient must neither resend nor follow redirects with our token
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .setUserAgent(USER_AGENT);
        if (settings.hasProxy()) {
            HttpHost proxy = new HttpHost(settings.proxyHost(), settings.proxyPort());
            builder.setProxy(proxy);
            if (settings.hasProxyCredentials()) {
                builder.setDefaultCredentialsProvider(proxyCredentials(settings, proxy));
            }
        }
        return builder.build();
    }

    private static BasicCredentialsProvider proxyCredentials(TransportSettings settings, HttpHost proxy) {
        BasicCredentialsProvider credentials = new BasicCredentialsProvider();
        String password = settings.proxyAuthPassword() == null ? "" : settings.proxyAuthPassword();
        credentials.setCredentials(new AuthScope(proxy),
                new UsernamePasswordCredentials(settings.proxyAuthUsername(), password.toCharArray()));
        return credentials;
    }
}
