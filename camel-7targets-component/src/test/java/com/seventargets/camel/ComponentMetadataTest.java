package com.seventargets.camel;

import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.spi.UriParam;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated {@code seventargets.json} describes every option and header, and the reference page in docs/ lists
 * exactly what it describes.
 */
class ComponentMetadataTest {

    private static final Path REFERENCE = Path.of("../docs/seventargets-component.adoc");

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

    /** Spring XML, Blueprint and other bean factories set a component's options by reflection, not by configurer. */
    @Test
    void everyComponentOptionIsAJavaBeansProperty() throws Exception {
        Map<String, PropertyDescriptor> properties = Arrays.stream(
                        Introspector.getBeanInfo(SevenTargetsComponent.class).getPropertyDescriptors())
                .collect(Collectors.toMap(PropertyDescriptor::getName, property -> property));
        metadata.get("componentProperties").fieldNames().forEachRemaining(option -> {
            PropertyDescriptor property = properties.get(option);
            assertThat(property).as("a getter and a setter for component option " + option).isNotNull();
            assertThat(property.getReadMethod()).as("getter of " + option).isNotNull();
            assertThat(property.getWriteMethod()).as("setter of " + option).isNotNull();
        });
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

    /**
     * Run with {@code -Dseventargets.updateDocs=true} to rewrite the tables from the metadata.
     */
    @Test
    void referencePageTablesMatchTheGeneratedMetadata() throws Exception {
        if (Boolean.getBoolean("seventargets.updateDocs")) {
            String updated = Files.readString(REFERENCE);
            updated = replaceRows(updated, "component-options", rows(metadata.get("componentProperties")));
            updated = replaceRows(updated, "endpoint-options", rows(metadata.get("properties")));
            updated = replaceRows(updated, "headers", rows(metadata.get("headers")));
            Files.writeString(REFERENCE, updated);
        }
        String page = Files.readString(REFERENCE);
        assertThat(tableRows(page, "component-options")).as("component options table in " + REFERENCE)
                .containsExactlyElementsOf(rows(metadata.get("componentProperties")));
        assertThat(tableRows(page, "endpoint-options")).as("endpoint options table in " + REFERENCE)
                .containsExactlyElementsOf(rows(metadata.get("properties")));
        assertThat(tableRows(page, "headers")).as("headers table in " + REFERENCE)
                .containsExactlyElementsOf(rows(metadata.get("headers")));
    }

    /** One row per option: name, description, default, type; as the reference page prints it. */
    static List<String> rows(JsonNode options) {
        List<String> rows = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = options.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> option = it.next();
            JsonNode value = option.getValue();
            rows.add("| " + option.getKey() + " | " + value.path("description").asText().replace("|", "\\|")
                     + " | " + value.path("defaultValue").asText("") + " | " + value.path("javaType").asText());
        }
        return rows;
    }

    private static String replaceRows(String page, String tag, List<String> rows) {
        int start = page.indexOf("// tag::" + tag + "[]");
        int header = page.indexOf("| Name ", start);
        int from = page.indexOf('\n', header) + 1;
        int to = page.indexOf("|===", from);
        return page.substring(0, from) + String.join("\n", rows) + "\n" + page.substring(to);
    }

    /** The rows between {@code // tag::NAME[]} and {@code // end::NAME[]}, without the header row. */
    private static List<String> tableRows(String page, String tag) {
        int start = page.indexOf("// tag::" + tag + "[]");
        int end = page.indexOf("// end::" + tag + "[]");
        assertThat(start).as("tag " + tag).isNotNegative();
        return page.substring(start, end).lines()
                .filter(line -> line.startsWith("| ") && !line.startsWith("| Name "))
                .toList();
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
