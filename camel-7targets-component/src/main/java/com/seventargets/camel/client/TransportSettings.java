package com.seventargets.camel.client;

import com.seventargets.camel.SevenTargetsConfiguration;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * What distinguishes one pooled HTTP client from another. Endpoints whose settings are equal share a client.
 */
public record TransportSettings(
        long connectTimeout,
        long responseTimeout,
        int connectionsPerRoute,
        int maxTotalConnections,
        String proxyHost,
        Integer proxyPort,
        String proxyAuthUsername,
        String proxyAuthPassword,
        SSLContextParameters sslContextParameters) {

    public static TransportSettings of(SevenTargetsConfiguration configuration) {
        return new TransportSettings(
                configuration.getConnectTimeout(), configuration.getResponseTimeout(),
                configuration.getConnectionsPerRoute(), configuration.getMaxTotalConnections(),
                configuration.getProxyHost(), configuration.getProxyPort(),
                configuration.getProxyAuthUsername(), configuration.getProxyAuthPassword(),
                configuration.getSslContextParameters());
    }

    public boolean hasProxy() {
        return proxyHost != null && !proxyHost.isBlank();
    }

    public boolean hasProxyCredentials() {
        return hasProxy() && proxyAuthUsername != null;
    }

    @Override
    public String toString() {
        // the proxy credentials stay out of every log line
        return "TransportSettings[connectTimeout=" + connectTimeout + "ms, responseTimeout=" + responseTimeout
               + "ms, proxy=" + (hasProxy() ? proxyHost + ":" + proxyPort : "none") + "]";
    }
}
