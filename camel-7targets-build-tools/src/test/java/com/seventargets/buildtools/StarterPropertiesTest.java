package com.seventargets.buildtools;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class StarterPropertiesTest {

    private static final String CLASS = "com.example.springboot.ExampleComponentConfiguration";

    private final String source = StarterProperties.source(Fixtures.example(), CLASS, "camel.component.example");

    @Test
    void eachComponentOptionIsAPropertyWithItsDescriptionAndDefault() {
        assertThat(source).startsWith("package com.example.springboot;\n")
                .contains("@ConfigurationProperties(prefix = \"camel.component.example\")\npublic class"
                          + " ExampleComponentConfiguration extends"
                          + " org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon {")
                .contains("    /**\n     * Where the API is.\n     */\n"
                          + "    private String baseUrl = \"https://api.example.com/\\\"v1\\\"\";\n")
                .contains("    private String apiKey;\n")
                .contains("    private Integer retries = 3;\n")
                .contains("    private Long accountId;\n")
                .contains("    private com.example.ExampleConfiguration configuration;\n")
                .contains("    public Integer getRetries() {\n        return retries;\n    }\n")
                .contains("    public void setRetries(Integer retries) {\n        this.retries = retries;\n    }\n");
        assertThat(source.split("\n    private ", -1)).as("one field per option").hasSize(9);
    }

    @Test
    void durationsDefaultInTheirLargestExactUnit() {
        assertThat(source).contains("    private Duration cacheTtl = Duration.ofMinutes(10);\n")
                .contains("    private Duration pause = Duration.ofMillis(1500);\n");
    }

    @Test
    void aDeprecatedOptionIsADeprecatedProperty() {
        assertThat(source).contains("    @Deprecated\n    private Boolean verbose = false;\n")
                .contains("    @Deprecated\n    @DeprecatedConfigurationProperty\n    public Boolean getVerbose() {")
                .contains("    @Deprecated\n    public void setVerbose(Boolean verbose) {");
        assertThat(source.split("@DeprecatedConfigurationProperty\n", -1)).as("only the deprecated option").hasSize(2);
    }

    @Test
    void aDescriptionCannotEndTheJavadoc() {
        assertThat(source).contains("     * The pause *&#47; between calls.\n");
    }

    @Test
    void writesTheClassUnderItsPackageFromTheClassPath(@TempDir Path sources) throws Exception {
        StarterProperties.main(new String[] {Fixtures.RESOURCE, CLASS, "camel.component.example", sources.toString()});

        assertThat(sources.resolve("com/example/springboot/ExampleComponentConfiguration.java")).hasContent(source);
    }

    @Test
    void aMetadataResourceThatIsMissingIsNamed() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StarterProperties.main(
                        new String[] {"META-INF/none.json", CLASS, "camel.component.example", "target"}))
                .hasMessageContaining("No META-INF/none.json on the class path");
    }

    @Test
    void readsTheMetadataFromAFileToo() {
        assertThat(StarterProperties.source(ComponentMetadata.read(Fixtures.exampleFile()), CLASS, "camel.component.example"))
                .isEqualTo(source);
        assertThat(Files.exists(Fixtures.exampleFile())).isTrue();
    }
}
