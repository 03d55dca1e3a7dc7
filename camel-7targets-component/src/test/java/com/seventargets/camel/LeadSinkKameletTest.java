package com.seventargets.camel;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.seventargets.simulator.SevenTargetsSimulator;
import com.seventargets.simulator.SevenTargetsSimulatorExtension;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code seventargets-lead-sink} Kamelet shipped in the jar: a route that sends to it creates a lead, and its
 * properties, which the build writes from its template, are the component's options of the same names (descriptions,
 * defaults, secrets).
 */
class LeadSinkKameletTest extends CamelTestSupport {

    private static final String KAMELET = "/kamelets/seventargets-lead-sink.kamelet.yaml";

    @RegisterExtension
    static final SevenTargetsSimulatorExtension SIMULATOR = new SevenTargetsSimulatorExtension();

    private LogCapture log;

    @Override
    protected void doPreSetup() {
        // not Camel at DEBUG: its property parser prints the values of the Kamelet's properties (and of any placeholder)
        log = new LogCapture(Map.of("org.apache.camel", Level.INFO, "com.seventargets", Level.DEBUG));
    }

    @Override
    protected void doPostTearDown() {
        log.close();
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        SevenTargetsSimulator simulator = SIMULATOR.simulator();
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:leads").to("kamelet:seventargets-lead-sink?clientId=" + simulator.clientId()
                                        + "&clientSecret=RAW(" + simulator.clientSecret() + ")"
                                        + "&userIdentifier=RAW(" + simulator.userIdentifier() + ")"
                                        + "&tokenUrl=" + simulator.tokenUrl() + "&baseUrl=" + simulator.baseUrl()
                                        + "&assistantEmail=" + SevenTargetsTestSupport.ASSISTANT + "&source=Kamelet");
            }
        };
    }

    @Test
    void aLeadSentToTheKameletIsCreated() throws Exception {
        SevenTargetsSimulator simulator = SIMULATOR.simulator();

        String created = template.requestBody("direct:leads",
                "{\"name\":\"Kamelet\",\"email\":\"kamelet@example.com\"}", String.class);

        assertThat(new ObjectMapper().readTree(created).path("id").canConvertToLong()).as(created).isTrue();
        assertThat(simulator.leadByEmail("kamelet@example.com").orElseThrow())
                .containsEntry("source", "Kamelet")
                .containsEntry("assistantEmail", SevenTargetsTestSupport.ASSISTANT);
        assertThat(simulator.journal("/leads")).singleElement().satisfies(request -> assertThat(request.body())
                .as("an unset optional property sends nothing").doesNotContain("scheduleName"));
        assertThat(log.text()).as("the log while the Kamelet starts and sends").contains("kamelets:1")
                .doesNotContain(simulator.clientId(), simulator.clientSecret(), simulator.userIdentifier());
    }

    @Test
    void headersOfTheComponentFromTheSendersMessageAreIgnoredInAnyCase() throws Exception {
        SevenTargetsSimulator simulator = SIMULATOR.simulator();
        Map<String, Object> hostile = Map.of("camelseventargetsoperation", "stopFollowup",
                "CAMELSEVENTARGETSPAGE", "7", "CamelSevenTargetsSearchString", "x");

        template.requestBodyAndHeaders("direct:leads", "{\"name\":\"Header\",\"email\":\"header@example.com\"}",
                hostile, String.class);

        assertThat(simulator.journal()).as("the Kamelet creates, whatever a header says")
                .filteredOn(request -> request.path().startsWith("/leads"))
                .singleElement().satisfies(request -> assertThat(request.method() + " " + request.path())
                        .isEqualTo("POST /leads"));
        assertThat(simulator.leadByEmail("header@example.com")).isPresent();
    }

    @Test
    void kameletPropertiesAreTheComponentsOptions() throws Exception {
        Map<String, Object> kamelet = loadKamelet();
        Map<String, Object> definition = map(map(kamelet.get("spec")).get("definition"));
        Map<String, Object> properties = map(definition.get("properties"));
        JsonNode options = componentMetadata().get("properties");

        assertThat(definition.get("required")).isEqualTo(List.of("clientId", "clientSecret", "userIdentifier"));
        assertThat(properties).containsOnlyKeys("clientId", "clientSecret", "userIdentifier", "assistantEmail",
                "source", "scheduleName", "tokenUrl", "baseUrl");
        properties.forEach((name, value) -> {
            Map<String, Object> property = map(value);
            JsonNode option = options.get(name);
            assertThat(option).as("component option " + name).isNotNull();
            assertThat(option.path("javaType").asText()).as(name).isEqualTo("java.lang.String");
            assertThat(property.get("type")).as(name).isEqualTo("string");
            assertThat(property.get("description")).as(name).isEqualTo(option.path("description").asText());
            assertThat(property.get("default")).as(name)
                    .isEqualTo(option.has("defaultValue") ? option.get("defaultValue").asText() : null);
            boolean secret = option.path("secret").asBoolean();
            assertThat(property.get("format")).as(name).isEqualTo(secret ? "password" : null);
            assertThat(property.get("x-descriptors")).as(name)
                    .isEqualTo(secret ? List.of("urn:camel:group:credentials") : null);
        });
        assertThat(templateParameters(kamelet)).as("every property is passed to the endpoint under its own name")
                .containsAllEntriesOf(Map.of("clientId", "RAW({{clientId}})", "clientSecret", "RAW({{clientSecret}})",
                        "userIdentifier", "RAW({{userIdentifier}})", "assistantEmail", "{{?assistantEmail}}",
                        "source", "{{?source}}", "scheduleName", "{{?scheduleName}}", "tokenUrl", "{{tokenUrl}}",
                        "baseUrl", "{{baseUrl}}"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void kameletNamesThisArtifactAsItsDependency() throws Exception {
        Map<String, Object> spec = map(loadKamelet().get("spec"));

        assertThat(map(map(spec.get("types")).get("in")).get("mediaType")).isEqualTo("application/json");
        assertThat((List<Object>) spec.get("dependencies")).contains("camel:kamelet")
                .anySatisfy(dependency -> assertThat(dependency.toString())
                        .matches("mvn:com\\.seventargets:camel-7targets:\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"));
    }

    private static Map<String, Object> templateParameters(Map<String, Object> kamelet) {
        Map<String, Object> from = map(map(map(kamelet.get("spec")).get("template")).get("from"));
        Map<String, Object> to = ((List<?>) from.get("steps")).stream().map(step -> map(step).get("to"))
                .filter(java.util.Objects::nonNull).map(LeadSinkKameletTest::map).findFirst().orElseThrow();
        assertThat(to.get("uri")).isEqualTo("seventargets:lead");
        return map(to.get("parameters"));
    }

    private static Map<String, Object> loadKamelet() throws Exception {
        try (InputStream in = LeadSinkKameletTest.class.getResourceAsStream(KAMELET)) {
            return map(new Load(LoadSettings.builder().build()).loadFromInputStream(in));
        }
    }

    private static JsonNode componentMetadata() throws Exception {
        try (InputStream in = LeadSinkKameletTest.class
                .getResourceAsStream("/META-INF/com/seventargets/camel/seventargets.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
