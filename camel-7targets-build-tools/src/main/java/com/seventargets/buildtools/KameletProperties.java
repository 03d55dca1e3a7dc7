package com.seventargets.buildtools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.seventargets.buildtools.ComponentMetadata.Option;

/**
 * Writes Kamelets from templates that name the component options they expose. In a template, the line
 * {@code # properties: clientId, baseUrl} becomes the definition of those properties (title, description, type,
 * default, and {@code format: password} with the credentials group for a secret), at the line's indentation, and
 * the line {@code # parameters} (a comment may follow) becomes the endpoint parameters that pass them on under their own names
 * ({@code RAW(...)} around a secret, {@code {{?name}}} for an optional one without a default).
 */
public final class KameletProperties {

    private static final Pattern PROPERTIES = Pattern.compile("^( *)# properties: (.+)$", Pattern.MULTILINE);
    private static final Pattern PARAMETERS = Pattern.compile("^( *)# parameters(?: .*)?$", Pattern.MULTILINE);
    /** Kamelet (JSON schema) types of the option types a Kamelet property can carry. */
    private static final Map<String, String> TYPES = Map.of("string", "string", "integer", "integer",
            "boolean", "boolean", "number", "number", "duration", "string");

    private KameletProperties() {
    }

    /** @param args the component metadata file, the directory of the templates, the directory to write to */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("Usage: KameletProperties <component json> <template dir> <output dir>");
        }
        ComponentMetadata metadata = ComponentMetadata.read(Path.of(args[0]));
        Path output = Files.createDirectories(Path.of(args[2]));
        try (Stream<Path> templates = Files.list(Path.of(args[1]))) {
            for (Path template : templates.filter(file -> file.toString().endsWith(".kamelet.yaml")).toList()) {
                Files.writeString(output.resolve(template.getFileName()), expand(Files.readString(template), metadata));
            }
        }
    }

    static String expand(String template, ComponentMetadata metadata) {
        Matcher properties = PROPERTIES.matcher(template);
        if (!properties.find()) {
            throw new IllegalArgumentException("The template has no line '# properties: <option>, <option>...'");
        }
        List<Option> options = new ArrayList<>();
        for (String name : properties.group(2).split("[,\\s]+")) {
            options.add(metadata.componentOption(name));
        }
        String indent = properties.group(1);
        StringBuilder definitions = new StringBuilder();
        for (Option option : options) {
            String type = TYPES.get(option.type());
            if (type == null) {
                throw new IllegalArgumentException("Option " + option.name() + " is of type " + option.type()
                                                   + ": a Kamelet property can be one of " + TYPES.keySet());
            }
            definitions.append(indent).append(option.name()).append(":\n")
                    .append(indent).append("  title: ").append(quoted(option.displayName())).append('\n')
                    .append(indent).append("  description: ").append(quoted(option.description())).append('\n')
                    .append(indent).append("  type: ").append(type).append('\n');
            if (option.defaultValue() != null) {
                definitions.append(indent).append("  default: ").append(
                        "string".equals(type) ? quoted(option.defaultValue()) : option.defaultValue()).append('\n');
            }
            if (option.secret()) {
                definitions.append(indent).append("  format: password\n")
                        .append(indent).append("  x-descriptors:\n")
                        .append(indent).append("  - urn:camel:group:credentials\n");
            }
        }
        String expanded = properties.replaceFirst(Matcher.quoteReplacement(definitions.toString().stripTrailing()));
        Matcher parameters = PARAMETERS.matcher(expanded);
        if (!parameters.find()) {
            return expanded;
        }
        StringBuilder passed = new StringBuilder();
        for (Option option : options) {
            String placeholder = option.defaultValue() == null && !option.secret()
                    ? "{{?" + option.name() + "}}" : "{{" + option.name() + "}}";
            passed.append(parameters.group(1)).append(option.name()).append(": ")
                    .append(quoted(option.secret() ? "RAW(" + placeholder + ")" : placeholder)).append('\n');
        }
        return parameters.replaceFirst(Matcher.quoteReplacement(passed.toString().stripTrailing()));
    }

    /** A YAML double-quoted scalar: JSON's escapes are YAML's. */
    private static String quoted(String text) {
        return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + '"';
    }
}
