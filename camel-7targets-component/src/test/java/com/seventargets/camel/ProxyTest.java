package com.seventargets.camel;

import java.util.Base64;

import com.seventargets.camel.model.Lead;
import com.seventargets.simulator.RecordedRequest;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;

import static com.seventargets.camel.TestLeads.lead;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Requests go through the configured HTTP proxy. The simulator plays the proxy: the API and token URLs name a
 * loopback address where nothing listens, so a request that bypassed the proxy would fail.
 */
class ProxyTest extends SevenTargetsTestSupport {

    private static final String UNREACHABLE = "http://127.0.0.2:9";

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        SevenTargetsConfiguration configuration
                = context.getComponent("seventargets", SevenTargetsComponent.class).getConfiguration();
        configuration.setBaseUrl(UNREACHABLE);
        configuration.setTokenUrl(UNREACHABLE + "/oauth2/token");
        configuration.setProxyHost("127.0.0.1");
        configuration.setProxyPort(simulator().port());
        return context;
    }

    @Test
    void sendsTokenAndApiRequestsThroughTheProxy() {
        Lead created = template.requestBody("seventargets:lead", lead("Proxied", "proxied@example.com"), Lead.class);

        assertThat(created.getId()).isNotNull();
        assertThat(simulator().journal("/leads")).singleElement()
                .satisfies(r -> assertThat(r.header("Host")).isEqualTo("127.0.0.2:9"));
        assertThat(simulator().journal("/oauth2/token")).singleElement()
                .satisfies(r -> assertThat(r.header("Host")).isEqualTo("127.0.0.2:9"));
    }

    @Test
    void answersTheProxysChallengeWithTheProxyCredentials() {
        simulator().faults().onPath("/oauth2/token").times(1).respond(407, "Proxy-Authenticate", "Basic realm=\"proxy\"");

        Lead created = template.requestBody("seventargets:lead?proxyAuthUsername=RAW(proxy-user)"
                                            + "&proxyAuthPassword=RAW(proxy-pass)",
                lead("Challenged", "challenged@example.com"), Lead.class);

        assertThat(created.getId()).isNotNull();
        String basic = "Basic " + Base64.getEncoder().encodeToString("proxy-user:proxy-pass".getBytes(UTF_8));
        assertThat(simulator().journal("/oauth2/token")).extracting(RecordedRequest::status, r -> r.header("Proxy-Authorization"))
                .containsExactly(tuple(407, null), tuple(200, basic));
        assertThat(simulator().journal("/leads")).singleElement()
                .satisfies(r -> assertThat(r.header("Proxy-Authorization")).as("sent at once, to the same proxy")
                        .isEqualTo(basic));
    }
}
