package com.seventargets.camel.client;

import javax.net.ssl.SSLContext;

import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * Builds the pooled Apache HttpClient 5 async client for a set of {@link TransportSettings}.
 */
public final class HttpClientFactory {

    private HttpClientFactory() {
    }

    /**
     * @param sslContext the TLS context built from the settings' {@code sslContextParameters}, or null for the JVM's
     */
    public static CloseableHttpAsyncClient create(TransportSettings settings, SSLContext sslContext) {
        Timeout responseTimeout = Timeout.ofMilliseconds(settings.responseTimeout());
        PoolingAsyncClientConnectionManagerBuilder connections = PoolingAsyncClientConnectionManagerBuilder.create()
                .setMaxConnPerRoute(settings.connectionsPerRoute())
                .setMaxConnTotal(settings.maxTotalConnections())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofMilliseconds(settings.connectTimeout()))
                        .setSocketTimeout(responseTimeout)
                        .build());
        if (sslContext != null) {
            connections.setTlsStrategy(ClientTlsStrategyBuilder.create().setSslContext(sslContext).buildAsync());
        }
        HttpAsyncClientBuilder builder = HttpAsyncClients.custom()
                .setConnectionManager(connections.build())
                .setVersionPolicy(HttpVersionPolicy.FORCE_HTTP_1)
                // the I/O reactor checks timeouts when it wakes up: every second by default, too coarse for ours
                .setIOReactorConfig(IOReactorConfig.custom().setSelectInterval(TimeValue.ofMilliseconds(50)).build())
                .setThreadFactory(new IoThreads())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(responseTimeout).build())
                // HttpClient's wire log would print the raw requests, credentials included
                .setIoSessionDecorator(session -> session)
                // one retry policy, ours: HttpClient must neither resend nor follow redirects with our token
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .setUserAgent("camel-7targets");
        if (settings.hasProxy()) {
            HttpHost proxy = new HttpHost(settings.proxyHost(), settings.proxyPort());
            builder.setProxy(proxy);
            if (settings.hasProxyCredentials()) {
                BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                String password = settings.proxyAuthPassword() == null ? "" : settings.proxyAuthPassword();
                credentials.setCredentials(new AuthScope(proxy),
                        new UsernamePasswordCredentials(settings.proxyAuthUsername(), password.toCharArray()));
                builder.setDefaultCredentialsProvider(credentials);
            }
        }
        return builder.build();
    }
}
