package com.seventargets.camel.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.seventargets.camel.SevenTargetsComponent;
import com.seventargets.camel.SevenTargetsConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.util.StringHelper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The component's option list (its generated metadata, {@code META-INF/com/seventargets/camel/seventargets.json}) is
 * the one source of truth: the starter offers every component option, with the same description and default, and
 * each property reaches the component.
 */
class OptionsCoverageTest {

    private static final String PREFIX = "camel.component.seventargets.";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyComponentOptionIsAStarterPropertyWithItsDescriptionAndDefault() throws IOException {
        Map<String, JsonNode> options = componentOptions();
        Map<String, JsonNode> properties = starterProperties();

        assertThat(properties.keySet()).containsExactlyInAnyOrderElementsOf(
                options.keySet().stream().map(StringHelper::camelCaseToDash).toList());
        options.forEach((name, option) -> {
            JsonNode property = properties.get(StringHelper.camelCaseToDash(name));
            assertThat(property.path("description").asText()).as(name).isEqualTo(option.path("description").asText());
            assertThat(defaultOf(property, option)).as("default of " + name)
                    .isEqualTo(option.path("defaultValue").asText(null));
        });
    }

    @Test
    void everyPropertyReachesTheComponent() throws IOException {
        Map<String, JsonNode> options = componentOptions();
        Map<String, Object> expected = new LinkedHashMap<>();
        List<String> values = new ArrayList<>();
        options.forEach((name, option) -> {
            String value = switch (option.path("type").asText()) {
                case "boolean" -> String.valueOf(!option.path("defaultValue").asBoolean(false));
                case "integer" -> "7";
                case "duration" -> "7s";
                case "object" -> "#bean:" + name;
                default -> "value-of-" + name;
            };
            values.add(PREFIX + StringHelper.camelCaseToDash(name) + "=" + value);
            expected.put(name, switch (option.path("type").asText()) {
                case "boolean" -> Boolean.valueOf(value);
                case "integer" -> option.path("javaType").asText().endsWith("Long") ? (Object) 7L : (Object) 7;
                case "duration" -> 7_000L;
                default -> value;
            });
        });
        SevenTargetsConfiguration configurationBean = new SevenTargetsConfiguration();
        SSLContextParameters tlsBean = new SSLContextParameters();
        IdempotentRepository repositoryBean = new MemoryIdempotentRepository();

        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                        SevenTargetsComponentConverter.class, SevenTargetsComponentAutoConfiguration.class))
                .withBean("configuration", SevenTargetsConfiguration.class, () -> configurationBean)
                .withBean("sslContextParameters", SSLContextParameters.class, () -> tlsBean)
                .withBean("idempotentRepository", IdempotentRepository.class, () -> repositoryBean)
                .withPropertyValues(values.toArray(String[]::new))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    SevenTargetsComponent component = context.getBean(CamelContext.class)
                            .getComponent("seventargets", SevenTargetsComponent.class);
                    PropertyConfigurerGetter getter = (PropertyConfigurerGetter) component.getComponentPropertyConfigurer();
                    expected.put("configuration", configurationBean);
                    expected.put("sslContextParameters", tlsBean);
                    expected.put("idempotentRepository", repositoryBean);
                    expected.forEach((name, value) -> assertThat(getter.getOptionValue(component, name, false))
                            .as(name).isEqualTo(value));
                    assertThat(component.getConfiguration()).as("the options refine the configuration bean")
                            .isSameAs(configurationBean);
                });
    }

    /** The metadata default, as the component's metadata writes it (durations in milliseconds). */
    private static String defaultOf(JsonNode property, JsonNode option) {
        JsonNode value = property.get("defaultValue");
        if (value == null) {
            return null;
        }
        return "duration".equals(option.path("type").asText())
                ? String.valueOf(DurationStyle.detectAndParse(value.asText()).toMillis())
                : value.asText();
    }

    private static Map<String, JsonNode> componentOptions() throws IOException {
        try (InputStream in = SevenTargetsComponent.class.getResourceAsStream("/META-INF/com/seventargets/camel/seventargets.json")) {
            JsonNode options = JSON.readTree(in).path("componentProperties");
            Map<String, JsonNode> byName = new LinkedHashMap<>();
            options.fields().forEachRemaining(entry -> byName.put(entry.getKey(), entry.getValue()));
            return byName;
        }
    }

    /** The starter's own properties from its spring-configuration-metadata.json, without enabled and customizer. */
    private static Map<String, JsonNode> starterProperties() throws IOException {
        for (URL url : Collections.list(OptionsCoverageTest.class.getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
            JsonNode metadata = JSON.readTree(url);
            List<JsonNode> ours = StreamSupport.stream(metadata.path("properties").spliterator(), false)
                    .filter(p -> p.path("sourceType").asText().equals(SevenTargetsComponentConfiguration.class.getName()))
                    .toList();
            if (!ours.isEmpty()) {
                return ours.stream()
                        .filter(p -> !List.of(PREFIX + "enabled", PREFIX + "customizer.enabled").contains(p.path("name").asText()))
                        .collect(Collectors.toMap(p -> p.path("name").asText().substring(PREFIX.length()), p -> p));
            }
        }
        throw new AssertionError("no spring-configuration-metadata.json names " + SevenTargetsComponentConfiguration.class);
    }
}
