package com.seventargets.camel.client;

import java.util.function.Consumer;

import javax.net.ssl.SSLContext;

import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.CredentialsProvider;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * Builds the pooled Apache HttpClient 5 clients for a set of {@link TransportSettings}: the async client every call
 * goes through by default, and the classic one that synchronous producers call on their own thread. Both get the
 * same timeouts, pool sizes, TLS, proxy, user agent, and neither retries, redirects, keeps cookies, decompresses or
 * writes a wire log.
 */
public final class HttpClientFactory {

    private static final String USER_AGENT = "camel-7targets";

    private HttpClientFactory() {
    }

    /**
     * @param sslContext the TLS context built from the settings' {@code sslContextParameters}, or null for the JVM's
     */
    public static CloseableHttpAsyncClient createAsync(TransportSettings settings, SSLContext sslContext) {
        PoolingAsyncClientConnectionManagerBuilder connections = PoolingAsyncClientConnectionManagerBuilder.create()
                .setMaxConnPerRoute(settings.connectionsPerRoute())
                .setMaxConnTotal(settings.maxTotalConnections())
                .setDefaultConnectionConfig(connectionConfig(settings));
        if (sslContext != null) {
            connections.setTlsStrategy(ClientTlsStrategyBuilder.create().setSslContext(sslContext).buildAsync());
        }
        HttpAsyncClientBuilder builder = HttpAsyncClients.custom()
                .setConnectionManager(connections.build())
                .setVersionPolicy(HttpVersionPolicy.FORCE_HTTP_1)
                // the I/O reactor checks timeouts when it wakes up: every second by default, too coarse for ours
                .setIOReactorConfig(IOReactorConfig.custom().setSelectInterval(TimeValue.ofMilliseconds(50)).build())
                .setThreadFactory(new IoThreads())
                .setDefaultRequestConfig(requestConfig(settings))
                // HttpClient's wire log would print the raw requests, credentials included
                .setIoSessionDecorator(session -> session)
                // one retry policy, ours: HttpClient must neither resend nor follow redirects with our token
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .setUserAgent(USER_AGENT);
        configureProxy(settings, builder::setProxy, builder::setDefaultCredentialsProvider);
        return builder.build();
    }

    /**
     * @param sslContext the TLS context built from the settings' {@code sslContextParameters}, or null for the JVM's
     */
    public static CloseableHttpClient createClassic(TransportSettings settings, SSLContext sslContext) {
        PoolingHttpClientConnectionManagerBuilder connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnPerRoute(settings.connectionsPerRoute())
                .setMaxConnTotal(settings.maxTotalConnections())
                .setDefaultConnectionConfig(connectionConfig(settings))
                // HttpClient's wire log would print the raw requests, credentials included
                .setConnectionFactory(new UnloggedConnections());
        if (sslContext != null) {
            connections.setTlsSocketStrategy(ClientTlsStrategyBuilder.create().setSslContext(sslContext).buildClassic());
        }
        Timeout responseTimeout = Timeout.ofMilliseconds(settings.responseTimeout());
        HttpClientBuilder builder = HttpClients.custom()
                .setConnectionManager(connections.build())
                // a sending thread waits for a pooled connection no longer than for an answer (not 3 minutes)
                .setDefaultRequestConfig(RequestConfig.copy(requestConfig(settings))
                        .setConnectionRequestTimeout(responseTimeout).build())
                // as the async client: bodies and headers as 7Targets sent them
                .disableContentCompression()
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .setUserAgent(USER_AGENT);
        configureProxy(settings, builder::setProxy, builder::setDefaultCredentialsProvider);
        return builder.build();
    }

    private static ConnectionConfig connectionConfig(TransportSettings settings) {
        return ConnectionConfig.custom()
                .setConnectTimeout(Timeout.ofMilliseconds(settings.connectTimeout()))
                .setSocketTimeout(Timeout.ofMilliseconds(settings.responseTimeout()))
                .build();
    }

    private static RequestConfig requestConfig(TransportSettings settings) {
        return RequestConfig.custom().setResponseTimeout(Timeout.ofMilliseconds(settings.responseTimeout())).build();
    }

    /** Gives the builder the proxy, and its credentials, when the settings name one. */
    private static void configureProxy(TransportSettings settings, Consumer<HttpHost> setProxy,
                                       Consumer<CredentialsProvider> setCredentials) {
        if (settings.hasProxy()) {
            setProxy.accept(proxy(settings));
            if (settings.hasProxyCredentials()) {
                setCredentials.accept(proxyCredentials(settings));
            }
        }
    }

    private static HttpHost proxy(TransportSettings settings) {
        return new HttpHost(settings.proxyHost(), settings.proxyPort());
    }

    private static BasicCredentialsProvider proxyCredentials(TransportSettings settings) {
        BasicCredentialsProvider credentials = new BasicCredentialsProvider();
        String password = settings.proxyAuthPassword() == null ? "" : settings.proxyAuthPassword();
        credentials.setCredentials(new AuthScope(proxy(settings)),
                new UsernamePasswordCredentials(settings.proxyAuthUsername(), password.toCharArray()));
        return credentials;
    }
}
