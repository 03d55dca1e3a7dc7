package com.seventargets.buildtools;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The options and headers a component's generated metadata (its {@code <scheme>.json}) describes, in its order. */
record ComponentMetadata(List<Option> componentOptions, List<Option> endpointOptions, List<Option> headers) {

    /** One option or header, as the metadata describes it; {@code defaultValue} is null when it has none. */
    record Option(String name, String displayName, String type, String javaType, String defaultValue,
                  String description, boolean secret, boolean deprecated) {
    }

    static ComponentMetadata read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the component metadata " + file, e);
        }
    }

    /** From the class path: the component's jar, or its module's classes in the reactor. */
    static ComponentMetadata readResource(String name) {
        try (InputStream in = ComponentMetadata.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("No " + name + " on the class path: is the component a dependency?");
            }
            return read(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the component metadata " + name, e);
        }
    }

    private static ComponentMetadata read(InputStream in, String source) throws IOException {
        JsonNode json = new ObjectMapper().readTree(in);
        if (!json.has("componentProperties")) {
            throw new IllegalArgumentException(source + " is not a component's metadata: it has no componentProperties");
        }
        return new ComponentMetadata(options(json.get("componentProperties")), options(json.path("properties")),
                options(json.path("headers")));
    }

    private static List<Option> options(JsonNode section) {
        List<Option> options = new ArrayList<>();
        section.fields().forEachRemaining(entry -> {
            JsonNode option = entry.getValue();
            options.add(new Option(entry.getKey(), option.path("displayName").asText(entry.getKey()),
                    option.path("type").asText(), option.path("javaType").asText(),
                    option.hasNonNull("defaultValue") ? option.get("defaultValue").asText() : null,
                    option.path("description").asText(), option.path("secret").asBoolean(),
                    option.path("deprecated").asBoolean()));
        });
        return options;
    }

    /** The component option of that name. */
    Option componentOption(String name) {
        return componentOptions.stream().filter(option -> option.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + name + "' is not an option of the component;"
                        + " its options are " + componentOptions.stream().map(Option::name).toList()));
    }
}
