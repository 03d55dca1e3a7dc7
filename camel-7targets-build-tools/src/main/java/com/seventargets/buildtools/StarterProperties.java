package com.seventargets.buildtools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.seventargets.buildtools.ComponentMetadata.Option;

/**
 * Writes a Spring Boot starter's {@code @ConfigurationProperties} class with one property per component option: its
 * description as Javadoc and its default as the field's value (so that {@code spring-boot-configuration-processor}
 * describes them to IDEs), deprecated options marked so; durations as {@link Duration}, objects as their type (a
 * converter binds {@code #bean:name} to them).
 */
public final class StarterProperties {

    private static final Map<String, String> BOXES = Map.of("boolean", "Boolean", "int", "Integer", "long", "Long",
            "double", "Double", "float", "Float", "short", "Short", "byte", "Byte", "char", "Character");

    private StarterProperties() {
    }

    /**
     * @param args the component metadata as a class path resource, the class to write (fully qualified), the
     *             properties' prefix, the source directory to write it to
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            throw new IllegalArgumentException(
                    "Usage: StarterProperties <component json resource> <class name> <prefix> <source directory>");
        }
        String className = args[1];
        Path file = Path.of(args[3], className.replace('.', '/') + ".java");
        Files.createDirectories(file.getParent());
        String source = source(ComponentMetadata.readResource(args[0]), className, args[2]);
        if (!Files.exists(file) || !Files.readString(file).equals(source)) {
            Files.writeString(file, source);
        }
    }

    static String source(ComponentMetadata metadata, String className, String prefix) {
        int dot = className.lastIndexOf('.');
        StringBuilder java = new StringBuilder()
                .append("package ").append(className, 0, dot).append(";\n\n")
                .append("import java.time.Duration;\n\n")
                .append("import org.springframework.boot.context.properties.ConfigurationProperties;\n")
                .append("import org.springframework.boot.context.properties.DeprecatedConfigurationProperty;\n\n")
                .append("/**\n * The {@code ").append(prefix).append(".*} properties: every option of the component,")
                .append(" with its description\n * and default, in kebab case or as environment variables. Durations")
                .append(" take a number of milliseconds or a\n * unit ({@code 10s}). Generated from the component's")
                .append(" metadata by the build: do not edit.\n */\n")
                .append("@ConfigurationProperties(prefix = \"").append(prefix).append("\")\n")
                .append("public class ").append(className.substring(dot + 1))
                .append(" extends org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon {\n");
        for (Option option : metadata.componentOptions()) {
            java.append("\n    /**\n     * ").append(javadoc(option.description())).append("\n     */\n");
            if (option.deprecated()) {
                java.append("    @Deprecated\n");
            }
            java.append("    private ").append(type(option)).append(' ').append(option.name());
            if (option.defaultValue() != null) {
                java.append(" = ").append(initializer(option));
            }
            java.append(";\n");
        }
        for (Option option : metadata.componentOptions()) {
            String suffix = Character.toUpperCase(option.name().charAt(0)) + option.name().substring(1);
            String deprecation = option.deprecated() ? "    @Deprecated\n    @DeprecatedConfigurationProperty\n" : "";
            java.append('\n').append(deprecation)
                    .append("    public ").append(type(option)).append(" get").append(suffix).append("() {\n")
                    .append("        return ").append(option.name()).append(";\n    }\n\n")
                    .append(option.deprecated() ? "    @Deprecated\n" : "")
                    .append("    public void set").append(suffix).append('(').append(type(option)).append(' ')
                    .append(option.name()).append(") {\n")
                    .append("        this.").append(option.name()).append(" = ").append(option.name()).append(";\n    }\n");
        }
        return java.append("}\n").toString();
    }

    private static String type(Option option) {
        if ("duration".equals(option.type())) {
            return "Duration";
        }
        String type = BOXES.getOrDefault(option.javaType(), option.javaType().replace('$', '.'));
        return type.matches("java\\.lang\\.[A-Z]\\w*") ? type.substring("java.lang.".length()) : type;
    }

    /**
     * A value the configuration processor reads as the default (it knows {@code Duration.ofX(n)}, not a fully
     * qualified one); durations in their largest exact unit.
     */
    private static String initializer(Option option) {
        String value = option.defaultValue();
        return switch (type(option)) {
            case "Duration" -> duration(Long.parseLong(value));
            case "String" -> '"' + new String(JsonStringEncoder.getInstance().quoteAsString(value)) + '"';
            case "Long" -> value + "L";
            case "Double" -> value + "D";
            case "Float" -> value + "F";
            case "Boolean", "Integer" -> value;
            default -> type(option) + "." + value;
        };
    }

    private static String duration(long millis) {
        if (millis != 0 && millis % 3_600_000 == 0) {
            return "Duration.ofHours(" + millis / 3_600_000 + ")";
        } else if (millis != 0 && millis % 60_000 == 0) {
            return "Duration.ofMinutes(" + millis / 60_000 + ")";
        } else if (millis != 0 && millis % 1_000 == 0) {
            return "Duration.ofSeconds(" + millis / 1_000 + ")";
        }
        return "Duration.ofMillis(" + millis + ")";
    }

    /** The description on one Javadoc line: nothing in it may end the comment. */
    private static String javadoc(String description) {
        return description.replace("*/", "*&#47;");
    }
}
