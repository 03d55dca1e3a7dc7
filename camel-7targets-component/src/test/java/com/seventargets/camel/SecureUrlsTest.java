package com.seventargets.camel;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecureUrlsTest {

    @ParameterizedTest
    @ValueSource(strings = { "https://api.7targets.com", "https://10.0.0.1:8443/x", "http://localhost:8787",
                             "http://127.0.0.1:1", "http://127.255.0.9", "http://[::1]:8080/", "HTTP://LOCALHOST" })
    void accepts(String url) {
        assertThatCode(() -> SecureUrls.requireSecure("baseUrl", url)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://api.7targets.com", "http://10.0.0.1", "http://128.0.0.1", "http://127.0.0.1.evil.com",
                             "http://localhost.evil.com", "http://[::2]", "http://0.0.0.0", "http://sim.localhost:1" })
    void refusesPlainHttpToOtherHosts(String url) {
        assertThatThrownBy(() -> SecureUrls.requireSecure("baseUrl", url))
                .hasMessageContaining("is refused: credentials never travel unencrypted");
    }

    @org.junit.jupiter.api.Test
    void refusesPlainHttpThroughARemoteProxy() {
        assertThatThrownBy(() -> SecureUrls.requireLoopbackProxyForPlainHttp("http://127.0.0.1:1", "proxy.corp"))
                .hasMessageContaining("the proxy would see the credentials unencrypted");
        assertThatCode(() -> SecureUrls.requireLoopbackProxyForPlainHttp("http://127.0.0.1:1", "127.0.0.1"))
                .doesNotThrowAnyException();
        assertThatCode(() -> SecureUrls.requireLoopbackProxyForPlainHttp("https://api.7targets.com", "proxy.corp"))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = { "ftp://api.7targets.com", "api.7targets.com", "https://", "not a url", "http://999.1.1.1" })
    void refusesWhatIsNotAnHttpUrl(String url) {
        assertThatThrownBy(() -> SecureUrls.requireSecure("tokenUrl", url))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Option tokenUrl '" + url + "'");
    }
}
