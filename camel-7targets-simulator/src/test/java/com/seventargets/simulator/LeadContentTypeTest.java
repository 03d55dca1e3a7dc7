package com.seventargets.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Lead bodies are read as a Spring server reads them: JSON only, else 415, and only after authentication. */
class LeadContentTypeTest extends SimulatorClientTest {

    @RegisterExtension
    static SevenTargetsSimulatorExtension SIMULATOR = new SevenTargetsSimulatorExtension();

    private static final String LEAD =
            "{\"name\":\"A\",\"email\":\"a@example.com\",\"assistantEmail\":\"assistant1@simulator.7targets.test\"}";

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "POST | /leads               | text/plain                        | text/plain",
            "POST | /leads               | none                              | application/octet-stream",
            "POST | /leads               | application/x-www-form-urlencoded | application/x-www-form-urlencoded",
            "PUT  | /leads               | text/plain;charset=UTF-8          | text/plain;charset=UTF-8",
            "PUT  | /leads/stop/followup | application/xml                   | application/xml",
    })
    void refusesABodyThatIsNotJsonWith415(String method, String path, String contentType, String named) {
        client.call("POST", "/leads", LEAD);

        HttpResponse<String> response = client.callAs(method, path, LEAD, contentType);

        JsonAssert.springError(response, 415, path);
        assertThat(SimClient.json(response).get("message").asText()).isEqualTo("Content-Type '" + named + "' is not supported");
        assertThat(response.headers().firstValue("Accept")).hasValue("application/json, application/*+json");
        assertThat(sim.leads()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json;charset=UTF-8", "Application/JSON", "application/vnd.api+json"})
    void readsEveryJsonMediaType(String contentType) {
        assertThat(client.callAs("POST", "/leads", LEAD, contentType).statusCode()).isEqualTo(201);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT"})
    void answers401BeforeLookingAtTheMediaType(String method) {
        HttpResponse<String> response = client.raw(method, "/leads", null, "Content-Type", "text/plain");

        assertThat(response.statusCode()).isEqualTo(401);
    }
}
