package com.seventargets.camel.springboot;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.actuate.endpoint.SanitizableData;

import static org.assertj.core.api.Assertions.assertThat;

/** Every spelling of a secret option's key is masked; other keys keep their values. */
class SevenTargetsSecretsSanitizerTest {

    private final SevenTargetsSecretsSanitizer sanitizer = new SevenTargetsSecretsSanitizer();

    @ParameterizedTest
    @ValueSource(strings = { "camel.component.seventargets.client-secret", "camel.component.seventargets.clientSecret",
            "CAMEL_COMPONENT_SEVENTARGETS_CLIENTSECRET", "camel.component.seventargets.configuration.clientSecret",
            "camel.component.seventargets.client-id", "camel.component.seventargets.user-identifier",
            "camel.component.seventargets.proxy-auth-username", "camel.component.seventargets.proxy-auth-password" })
    void masksTheSecretOptions(String key) {
        assertThat(sanitized(key)).isEqualTo(SanitizableData.SANITIZED_VALUE);
    }

    @ParameterizedTest
    @ValueSource(strings = { "camel.component.seventargets.base-url", "camel.component.seventargets.proxy-host",
            "camel.component.http.client-id", "client-secret" })
    void leavesOtherKeysAlone(String key) {
        assertThat(sanitized(key)).isEqualTo("value");
    }

    private Object sanitized(String key) {
        return sanitizer.apply(new SanitizableData(null, key, "value")).getValue();
    }
}
