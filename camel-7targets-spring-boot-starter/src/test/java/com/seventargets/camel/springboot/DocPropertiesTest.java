package com.seventargets.camel.springboot;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Spring Boot pages name properties and environment variables that Spring Boot binds: every key of their
 * {@code properties} blocks is in a {@code spring-configuration-metadata.json} of the application's class path (the
 * starter's, Camel's, Spring Boot's), and every {@code CAMEL_COMPONENT_SEVENTARGETS_*} variable binds to a property
 * of the starter by Spring Boot's rule (upper case, dots to underscores, dashes removed).
 */
class DocPropertiesTest {

    private static final Path ROOT = Path.of("..");
    private static final List<String> PAGES = List.of("docs/spring-boot.md", "examples-spring-boot/README.md");
    private static final Pattern PROPERTIES_BLOCK = Pattern.compile("```properties\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern VARIABLE = Pattern.compile("\\bCAMEL_COMPONENT_SEVENTARGETS_[A-Z_]*[A-Z]\\b");

    @Test
    void propertyKeysAreKnownToSpringBoot() throws IOException {
        Set<String> known = springProperties();
        int checked = 0;
        for (String page : PAGES) {
            Matcher block = PROPERTIES_BLOCK.matcher(Files.readString(ROOT.resolve(page)));
            while (block.find()) {
                for (String line : block.group(1).split("\n")) {
                    if (line.contains("=") && !line.strip().startsWith("#")) {
                        String key = line.substring(0, line.indexOf('=')).strip();
                        assertThat(known).as(page + ": property " + key).contains(key);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).as("property lines checked").isPositive();
    }

    @Test
    void environmentVariablesBindToStarterProperties() throws IOException {
        Set<String> relaxed = new HashSet<>();
        for (String property : springProperties()) {
            relaxed.add(property.replace("-", "").replace('.', '_').toUpperCase());
        }
        int checked = 0;
        for (String page : PAGES) {
            Matcher variable = VARIABLE.matcher(Files.readString(ROOT.resolve(page)));
            while (variable.find()) {
                assertThat(relaxed).as(page + ": " + variable.group() + " binds to no property (Spring Boot removes the"
                        + " dashes: CAMEL_COMPONENT_SEVENTARGETS_CLIENTSECRET)").contains(variable.group());
                checked++;
            }
        }
        assertThat(checked).as("variables checked").isPositive();
    }

    private static Set<String> springProperties() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Set<String> names = new HashSet<>();
        for (URL url : Collections.list(DocPropertiesTest.class.getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
            json.readTree(url).path("properties").forEach(property -> names.add(property.path("name").asText()));
        }
        return names;
    }
}
