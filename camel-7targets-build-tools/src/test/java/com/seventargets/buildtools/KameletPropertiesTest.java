package com.seventargets.buildtools;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KameletPropertiesTest {

    private static final String TEMPLATE = """
            spec:
              definition:
                required:
                  - apiKey
                properties:
                  # properties: apiKey, baseUrl retries
              template:
                from:
                  uri: "kamelet:source"
                  steps:
                  - to:
                      uri: "example:thing"
                      parameters:
                        operation: create
                        # parameters (with a comment)
            """;

    @Test
    void theNamedOptionsBecomePropertiesPassedOnUnderTheirNames() {
        assertThat(KameletProperties.expand(TEMPLATE, Fixtures.example())).isEqualTo("""
                spec:
                  definition:
                    required:
                      - apiKey
                    properties:
                      apiKey:
                        title: "Api Key"
                        description: "The key | of your account."
                        type: string
                        format: password
                        x-descriptors:
                        - urn:camel:group:credentials
                      baseUrl:
                        title: "Base URL"
                        description: "Where the API is."
                        type: string
                        default: "https://api.example.com/\\"v1\\""
                      retries:
                        title: "Retries"
                        description: "How many retries."
                        type: integer
                        default: 3
                  template:
                    from:
                      uri: "kamelet:source"
                      steps:
                      - to:
                          uri: "example:thing"
                          parameters:
                            operation: create
                            apiKey: "RAW({{apiKey}})"
                            baseUrl: "{{baseUrl}}"
                            retries: "{{retries}}"
                """);
    }

    @Test
    void anOptionalPropertyWithoutADefaultSendsNothingWhenUnset() {
        assertThat(KameletProperties.expand("# properties: accountId\n# parameters\n", Fixtures.example()))
                .endsWith("accountId: \"{{?accountId}}\"\n");
    }

    @Test
    void anOptionTheComponentLacksIsNamedWithTheValidOnes() {
        assertThatThrownBy(() -> KameletProperties.expand("# properties: apiKey, apikey\n", Fixtures.example()))
                .hasMessageStartingWith("'apikey' is not an option of the component; its options are [baseUrl, apiKey,");
    }

    @Test
    void anObjectOptionCannotBeAProperty() {
        assertThatThrownBy(() -> KameletProperties.expand("# properties: configuration\n", Fixtures.example()))
                .hasMessageContaining("Option configuration is of type object");
    }

    @Test
    void aTemplateWithoutThePropertiesLineIsRefused() {
        assertThatThrownBy(() -> KameletProperties.expand("properties:\n", Fixtures.example()))
                .hasMessageContaining("no line '# properties:");
    }

    @Test
    void writesEachKameletOfTheTemplateDirectory(@TempDir Path directory) throws Exception {
        Path templates = Files.createDirectories(directory.resolve("templates"));
        Files.writeString(templates.resolve("example-sink.kamelet.yaml"), TEMPLATE);
        Files.writeString(templates.resolve("notes.txt"), "not a Kamelet");

        KameletProperties.main(new String[] {Fixtures.exampleFile().toString(), templates.toString(),
                directory.resolve("out").toString()});

        assertThat(directory.resolve("out")).isDirectoryContaining("glob:**/example-sink.kamelet.yaml")
                .isDirectoryNotContaining("glob:**/notes.txt");
        assertThat(directory.resolve("out/example-sink.kamelet.yaml"))
                .hasContent(KameletProperties.expand(TEMPLATE, Fixtures.example()));
    }
}
