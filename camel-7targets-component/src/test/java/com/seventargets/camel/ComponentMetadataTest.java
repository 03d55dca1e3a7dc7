package com.seventargets.camel;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.spi.UriParam;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated {@code seventargets.json} describes every option and header (the starter's properties, the
 * Kamelet's and the reference page's tables are written from it by the build).
 */
class ComponentMetadataTest {

    private final JsonNode metadata = load();

    @Test
    void everyOptionAndHeaderHasADescription() {
        for (String section : List.of("componentProperties", "properties", "headers")) {
            metadata.get(section).fields().forEachRemaining(option -> assertThat(
                    option.getValue().path("description").asText()).as(section + "." + option.getKey()).isNotBlank());
        }
    }

    @Test
    void everyConfigurationFieldIsAnOptionAtBothLevels() {
        for (Field field : SevenTargetsConfiguration.class.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers())) {
                assertThat(metadata.get("componentProperties").has(field.getName())).as(field.getName()).isTrue();
                assertThat(metadata.get("properties").has(field.getName())).as(field.getName()).isTrue();
            }
        }
    }

    @Test
    void credentialsAreSecret() {
        List<String> secrets = Arrays.stream(SevenTargetsConfiguration.class.getDeclaredFields())
                .filter(field -> field.isAnnotationPresent(UriParam.class) && field.getAnnotation(UriParam.class).secret())
                .map(Field::getName).toList();
        assertThat(secrets).as("secret = true in SevenTargetsConfiguration").containsExactlyInAnyOrder(
                "clientId", "clientSecret", "userIdentifier", "proxyAuthUsername", "proxyAuthPassword");
        for (String secret : secrets) {
            assertThat(metadata.at("/properties/" + secret + "/secret").asBoolean()).as(secret).isTrue();
            assertThat(metadata.at("/componentProperties/" + secret + "/secret").asBoolean()).as(secret).isTrue();
        }
    }

    @Test
    void everyHeaderConstantIsDescribed() throws Exception {
        for (Field field : SevenTargetsConstants.class.getFields()) {
            assertThat(metadata.get("headers").has((String) field.get(null))).as(field.getName()).isTrue();
        }
    }

    private static JsonNode load() {
        try (InputStream in = ComponentMetadataTest.class
                .getResourceAsStream("/META-INF/com/seventargets/camel/seventargets.json")) {
            return new ObjectMapper().readTree(in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
