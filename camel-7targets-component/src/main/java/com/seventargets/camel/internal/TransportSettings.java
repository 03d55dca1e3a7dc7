package com.seventargets.camel.internal;

import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * What distinguishes one pooled HTTP client from another. Endpoints whose settings are equal share a client.
 */
record TransportSettings(
        long connectTimeout,
        long responseTimeout,
        int connectionsPerRoute,
        int maxTotalConnections,
        int maxResponseSize,
        String proxyHost,
        Integer proxyPort,
        String proxyAuthUsername,
        String proxyAuthPassword,
        SSLContextParameters sslContextParameters) {

    static TransportSettings of(SevenTargetsApi.Settings settings) {
        return new TransportSettings(
                settings.connectTimeout(), settings.responseTimeout(),
                settings.connectionsPerRoute(), settings.maxTotalConnections(),
                settings.maxResponseSize(),
                settings.proxyHost(), settings.proxyPort(),
                settings.proxyAuthUsername(), settings.proxyAuthPassword(),
                settings.sslContextParameters());
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
