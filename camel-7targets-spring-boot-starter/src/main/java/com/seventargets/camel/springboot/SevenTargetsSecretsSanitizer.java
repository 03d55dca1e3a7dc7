package com.seventargets.camel.springboot;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.seventargets.camel.SevenTargetsEndpointUriFactory;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks the component's secret options in Actuator's {@code env} and {@code configprops} endpoints even where they
 * show values ({@code management.endpoint.env.show-values=ALWAYS}): every spelling of a key under
 * {@code camel.component.seventargets} (kebab case, camel case, environment variable, nested under
 * {@code configuration}) that ends with a secret option's name. The secrets are those of the component's metadata
 * ({@code secret = true}).
 */
public class SevenTargetsSecretsSanitizer implements SanitizingFunction {

    private static final String PREFIX = "camelcomponentseventargets";
    private static final Set<String> SECRETS = new SevenTargetsEndpointUriFactory().secretPropertyNames().stream()
            .map(SevenTargetsSecretsSanitizer::normalize)
            .collect(Collectors.toUnmodifiableSet());

    @Override
    public SanitizableData apply(SanitizableData data) {
        String key = normalize(data.getKey());
        if (key.startsWith(PREFIX) && SECRETS.stream().anyMatch(key::endsWith)) {
            return data.withValue(SanitizableData.SANITIZED_VALUE);
        }
        return data;
    }

    /** The key in lower case without separators: {@code CAMEL_COMPONENT_SEVENTARGETS_CLIENTSECRET} and
     * {@code camel.component.seventargets.client-secret} are then the same. */
    private static String normalize(String key) {
        return key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
