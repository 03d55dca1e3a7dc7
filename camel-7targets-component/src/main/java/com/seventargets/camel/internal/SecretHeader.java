package com.seventargets.camel.internal;

import org.apache.hc.core5.http.Header;

/**
 * A request header whose value never appears in its {@code toString()}: HttpClient's header log prints headers
 * with it, and this one carries a token, the client secret or the user identifier.
 */
final class SecretHeader implements Header {

    private final String name;
    private final String value;

    public SecretHeader(String name, String value) {
        this.name = name;
        this.value = value;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getValue() {
        return value;
    }

    @Override
    public boolean isSensitive() {
        return true;
    }

    @Override
    public String toString() {
        return name + ": xxxxxx";
    }
}
