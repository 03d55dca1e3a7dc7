package com.seventargets.camel.quarkus.deployment;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.seventargets.simulator.SevenTargetsSimulator;
import io.quarkus.test.QuarkusDevModeTest;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In dev mode, with the Dev Service running, the Dev UI has a 7Targets card: the leads the simulator received and
 * its URL. Read as a browser reads them: the Dev UI's build-time data and its JSON-RPC over WebSocket.
 */
class DevUiTest {

    private static final String NAMESPACE = "camel-quarkus-7targets";
    private static final Pattern LISTENING = Pattern.compile("Listening on: (http://\\S+)");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @RegisterExtension
    static final QuarkusDevModeTest APP = new QuarkusDevModeTest()
            .withApplicationRoot(root -> root.addClasses(LeadRoutes.class, LeadOverHttp.class)
                    .addAsResource(new StringAsset("quarkus.http.port=0\n"), "application.properties"))
            .setLogRecordPredicate(record -> record.getLoggerName().equals("io.quarkus"));

    @Test
    void theCardHasTheLeadsPageAndTheSimulatorPage() throws Exception {
        JsonNode card = extension();

        assertThat(card.path("cardPages").findValuesAsText("title")).containsExactly("Leads received", "Simulator");
        JsonNode leadsPage = card.path("cardPages").get(0);
        assertThat(leadsPage.path("componentLink").asText()).isEqualTo("qwc-seventargets-leads.js");
        assertThat(leadsPage.path("dynamicLabel").asText()).isEqualTo("getLeadCount");
        JsonNode simulatorPage = card.path("cardPages").get(1);
        assertThat(simulatorPage.path("metadata").path("dynamicUrlMethodName").asText()).isEqualTo("getStatsUrl");
        assertThat(simulatorPage.path("dynamicLabel").asText()).isEqualTo("getSimulatorUrl");
        assertThat(get(devUi() + "/" + NAMESPACE + "/qwc-seventargets-leads.js").body())
                .contains("customElements.define('qwc-seventargets-leads'");
    }

    @Test
    void theLeadsPageListsTheLeadsTheSimulatorReceivedAndNoCredential() throws Exception {
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(application() + "/lead?email=ada@devui.example"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);

        try (DevUiJsonRpc devUi = new DevUiJsonRpc(devUi())) {
            String simulatorUrl = devUi.call(method("getSimulatorUrl")).asText();
            assertThat(simulatorUrl).startsWith("http://127.0.0.1:");
            String statsUrl = devUi.call(method("getStatsUrl")).asText();
            assertThat(statsUrl).isEqualTo(simulatorUrl + "/_simulator/stats");
            assertThat(get(statsUrl).body()).contains("\"POST /leads\":1");

            JsonNode leads = devUi.call(method("getLeads"));
            assertThat(leads.path("simulatorUrl").asText()).isEqualTo(simulatorUrl);
            assertThat(leads.path("held").asLong()).isEqualTo(1);
            assertThat(leads.path("newest").findValuesAsText("email")).containsExactly("ada@devui.example");
            assertThat(leads.path("newest").get(0).path("id").asText()).isEqualTo(created.body());
            assertThat(devUi.call(method("getLeadCount")).asText()).isEqualTo("1");

            SevenTargetsSimulator credentials = SevenTargetsSimulator.builder().build();
            assertThat(List.of(devUi.received(), extension().toString())).allSatisfy(shown -> assertThat(shown)
                    .doesNotContain(credentials.clientSecret(), credentials.userIdentifier(), credentials.clientId()));
        }
    }

    /** A method of this extension's JSON-RPC service, as the Dev UI names it. */
    private static String method(String name) {
        return NAMESPACE + "_" + name;
    }

    /** This extension's entry in the Dev UI's build-time data, which the browser loads as a module. */
    private static JsonNode extension() throws Exception {
        String data = get(devUi() + "/devui-data.js").body();
        Matcher extensions = Pattern.compile("export const extensions = (.*?);\\s*export const", Pattern.DOTALL)
                .matcher(data);
        assertThat(extensions.find()).as("the Dev UI's extensions").isTrue();
        List<JsonNode> active = new ArrayList<>();
        JSON.readTree(extensions.group(1)).path("active").forEach(active::add);
        return active.stream().filter(extension -> NAMESPACE.equals(extension.path("namespace").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no active Dev UI extension " + NAMESPACE));
    }

    private static String devUi() {
        return application() + "/q/dev-ui";
    }

    private static String application() {
        return APP.getLogRecords().stream()
                .flatMap(record -> record.getParameters() == null ? java.util.stream.Stream.of(record.getMessage())
                        : java.util.stream.Stream.of(record.getParameters()).map(String::valueOf))
                .map(LISTENING::matcher)
                .filter(Matcher::find)
                .map(listening -> listening.group(1))
                .findFirst().orElseThrow(() -> new AssertionError("the application did not say where it listens"));
    }

    private static HttpResponse<String> get(String url) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("GET " + url).isEqualTo(200);
        return answer;
    }
}
