package com.seventargets.camel.client;

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
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;

/**
 * Builds the pooled Apache HttpClient 5 for a set of {@link TransportSettings}.
 */
public final class HttpClientFactory {

    private HttpClientFactory() {
    }

    /**
     * @param sslContext the TLS context built from the settings' {@code sslContextParameters}, or null for the JVM's
     */
    public static CloseableHttpClient create(TransportSettings settings, SSLContext sslContext) {
        Timeout responseTimeout = Timeout.ofMilliseconds(settings.responseTimeout());
        PoolingHttpClientConnectionManagerBuilder connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setConnectionFactory(UnloggedConnection.FACTORY)
                .setMaxConnPerRoute(settings.connectionsPerRoute())
                .setMaxConnTotal(settings.maxTotalConnections())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofMilliseconds(settings.connectTimeout()))
                        .setSocketTimeout(responseTimeout)
                        .build());
        if (sslContext != null) {
            connections.setTlsSocketStrategy(new DefaultClientTlsStrategy(sslContext));
        }
        HttpClientBuilder builder = HttpClients.custom()
                .setConnectionManager(connections.build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(responseTimeout).build())
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
