package com.seventargets.benchmarks;

import java.util.Arrays;
import java.util.function.Supplier;

/** The clients compared, by the name used on the command line and in the report. */
enum Variant {
    COMPONENT("a-component", "(a) seventargets:lead?operation=create", ComponentClient::new),
    CAMEL_HTTP_CACHED("b-camel-http-cached", "(b) camel-http, oauth2CacheTokens=true", () -> new CamelHttpClient(true)),
    CAMEL_HTTP_UNCACHED("b-camel-http-nocache", "(b) camel-http, oauth2CacheTokens=false", () -> new CamelHttpClient(false)),
    HTTPCLIENT5("c-httpclient5", "(c) Apache HttpClient 5 classic loop", HttpClient5Client::new),
    JDK_HTTPCLIENT("c-jdk-httpclient", "(c) JDK java.net.http loop", JdkHttpClient::new),
    RAW_SOCKET("d-raw-socket", "(d) raw socket, no JSON (simulator capacity)", RawSocketClient::new);

    final String id;
    final String label;
    private final Supplier<LeadClient> factory;

    Variant(String id, String label, Supplier<LeadClient> factory) {
        this.id = id;
        this.label = label;
        this.factory = factory;
    }

    LeadClient newClient() {
        return factory.get();
    }

    static Variant byId(String id) {
        return Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown variant " + id + "; known: "
                        + Arrays.stream(values()).map(v -> v.id).toList()));
    }
}
