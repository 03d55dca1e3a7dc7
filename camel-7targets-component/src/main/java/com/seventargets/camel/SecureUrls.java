package com.seventargets.camel;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Refuses URLs that would send credentials unencrypted to another host: only https, or plain http to loopback.
 */
final class SecureUrls {

    private static final Pattern IPV4_LOOPBACK = Pattern.compile("^127(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}$");

    private SecureUrls() {
    }

    /**
     * @throws IllegalArgumentException naming the option, its value and what would be valid
     */
    static void requireSecure(String option, String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("Option " + option + " is empty: it needs an https URL");
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Option " + option + " '" + url + "' is not a URL: " + e.getMessage(), e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException(
                    "Option " + option + " '" + url + "' is not an http(s) URL with a host, such as https://api.7targets.com");
        }
        if (scheme.equals("http") && !isLoopbackHost(uri.getHost())) {
            throw new IllegalArgumentException(
                    "Option " + option + " '" + url + "' is refused: credentials never travel unencrypted to a"
                                               + " remote host. Use https://, or http:// only with a loopback host"
                                               + " (localhost, 127.0.0.1, [::1]) such as the 7Targets simulator");
        }
    }

    /**
     * Whether plain http is allowed: not with a proxy on another host, which would see the credentials.
     */
    static void requireLoopbackProxyForPlainHttp(String url, String proxyHost) {
        if (proxyHost != null && url != null && url.regionMatches(true, 0, "http:", 0, 5)
            && !isLoopbackHost(proxyHost)) {
            throw new IllegalArgumentException(
                    "Plain http URL '" + url + "' is refused with proxy " + proxyHost + ": the proxy would see the"
                                               + " credentials unencrypted. Use https://, or a loopback proxy");
        }
    }

    /** Decided without a DNS lookup: a name other than localhost is not trusted to be local. */
    static boolean isLoopbackHost(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.equals("localhost")) {
            return true;
        }
        if (IPV4_LOOPBACK.matcher(name).matches()) {
            return true;
        }
        if (!name.startsWith("[")) {
            return false;
        }
        try {
            // a bracketed IPv6 literal is parsed, never looked up
            return InetAddress.getByName(name).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
