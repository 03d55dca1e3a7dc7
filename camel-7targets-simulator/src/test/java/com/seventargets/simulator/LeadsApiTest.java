package com.seventargets.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeadsApiTest extends SimulatorClientTest {

    @RegisterExtension
    static SevenTargetsSimulatorExtension SIMULATOR = new SevenTargetsSimulatorExtension();

    private static final String JOHN = "{\"name\":\"John\",\"lastName\":\"Doe\",\"email\":\"john.doe@example.com\","
            + "\"phone\":\"+919123456789\",\"assistantEmail\":\"assistant2@simulator.7targets.test\","
            + "\"context\":\"AI Sales Assistant\",\"company\":\"ACME\",\"externalId\":\"crm-42\","
            + "\"customFields\":[{\"name\":\"productName\",\"value\":\"Tesla S Model\"}]}";

    @Test
    void createsLeadEchoingFieldsWithServerDefaults() {
        HttpResponse<String> response = client.call("POST", "/leads", JOHN);

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode lead = SimClient.json(response);
        assertThat(lead.get("id").asLong()).isEqualTo(1);
        assertThat(lead.get("name").asText()).isEqualTo("John");
        assertThat(lead.get("lastName").asText()).isEqualTo("Doe");
        assertThat(lead.get("phone").asText()).isEqualTo("+919123456789");
        assertThat(lead.get("context").asText()).isEqualTo("AI Sales Assistant");
        assertThat(lead.get("company").asText()).isEqualTo("ACME");
        assertThat(lead.get("externalId").asText()).isEqualTo("crm-42");
        assertThat(lead.get("customFields").get(0).get("value").asText()).isEqualTo("Tesla S Model");
        assertThat(lead.get("type").asText()).isEqualTo("SALES");
        assertThat(lead.get("source").asText()).isEqualTo("Website");
        assertThat(lead.get("assistantId").asLong()).isEqualTo(2);
        assertThat(lead.get("scheduleId").asLong()).isEqualTo(102);
        assertThat(lead.get("state").asText()).isEqualTo("Cold");
        assertThat(lead.get("subState").asText()).isEqualTo("Followup");
        assertThat(lead.get("followup").asInt()).isZero();
        assertThat(Instant.parse(lead.get("nextScheduleTime").asText())).isAfter(Instant.now());
        assertThat(sim.lead(1)).hasValueSatisfying(stored -> assertThat(stored).containsEntry("company", "ACME"));
    }

    @Test
    void assignsIncreasingIdsAndKeepsGivenScheduleAndSource() {
        client.call("POST", "/leads", JOHN);
        JsonNode lead = SimClient.json(client.call("POST", "/leads", "{\"name\":\"Ann\",\"email\":\"ann@example.com\","
                + "\"assistantEmail\":\"ASSISTANT1@simulator.7targets.test\",\"scheduleId\":7,"
                + "\"scheduleName\":\"Webinar\",\"source\":\"Odoo\"}"));

        assertThat(lead.get("id").asLong()).isEqualTo(2);
        assertThat(lead.get("scheduleId").asLong()).isEqualTo(7);
        assertThat(lead.get("scheduleName").asText()).isEqualTo("Webinar");
        assertThat(lead.get("source").asText()).isEqualTo("Odoo");
        assertThat(sim.leads()).extracting(l -> l.get("email")).containsExactly("john.doe@example.com", "ann@example.com");
    }

    @Test
    void creatingAnExistingEmailUpdatesThatLead() {
        client.call("POST", "/leads", JOHN);

        HttpResponse<String> again = client.call("POST", "/leads",
                "{\"name\":\"Johnny\",\"email\":\"JOHN.DOE@example.com\",\"assistantEmail\":\"assistant2@simulator.7targets.test\"}");

        assertThat(again.statusCode()).isEqualTo(201);
        JsonNode lead = SimClient.json(again);
        assertThat(lead.get("id").asLong()).isEqualTo(1);
        assertThat(lead.get("name").asText()).isEqualTo("Johnny");
        assertThat(lead.get("company").asText()).isEqualTo("ACME");
        assertThat(sim.leads()).hasSize(1);
    }

    @Test
    void ignoresFieldsTheServerOwnsAndHandsOutCopies() {
        JsonNode lead = SimClient.json(client.call("POST", "/leads", "{\"id\":77,\"state\":\"Hot\",\"followup\":5,"
                + "\"name\":\"A\",\"email\":\"a@example.com\",\"assistantEmail\":\"assistant1@simulator.7targets.test\"}"));

        assertThat(lead.get("id").asLong()).isEqualTo(1);
        assertThat(lead.get("state").asText()).isEqualTo("Cold");
        assertThat(lead.get("followup").asInt()).isZero();
        sim.leads().get(0).put("name", "changed");
        assertThat(sim.lead(1)).hasValueSatisfying(stored -> assertThat(stored).containsEntry("name", "A"));
        assertThat(sim.lead(2)).isEmpty();
        assertThat(sim.leadByEmail("A@EXAMPLE.COM")).isPresent();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "~~                                                                             | The body can't be empty",
            "{}                                                                             | The body can't be empty",
            "[1,2]                                                                          | must be a JSON object",
            "{\"name\":                                                                     | Malformed JSON",
            "{\"lastName\":\"Doe\"}                                                         | name, email, assistantEmail",
            "{\"name\":\" \",\"email\":\"a@b.co\",\"assistantEmail\":\"assistant1@simulator.7targets.test\"} | name",
            "{\"name\":\"A\",\"email\":\"not-an-email\",\"assistantEmail\":\"assistant1@simulator.7targets.test\"} | valid email",
            "{\"name\":\"A\",\"email\":\"a@b.co\",\"assistantEmail\":\"nobody@example.com\"} | No assistant",
            "{\"name\":\"A\",\"email\":\"a@b.co\",\"assistantEmail\":\"assistant1@simulator.7targets.test\",\"scheduleId\":\"x\"} | scheduleId",
            "{\"name\":\"A\",\"email\":\"a@b.co\",\"assistantEmail\":\"assistant1@simulator.7targets.test\",\"customFields\":{}} | customFields",
            "{\"name\":\"A\",\"email\":\"a@b.co\",\"assistantEmail\":\"assistant1@simulator.7targets.test\",\"customFields\":[{\"value\":\"v\"}]} | customFields",
            "{\"name\":5,\"email\":\"a@b.co\",\"assistantEmail\":\"assistant1@simulator.7targets.test\"} | 'name' must be a string",
    })
    void refusesInvalidCreateWith400(String body, String message) {
        HttpResponse<String> response = client.call("POST", "/leads", body);

        assertSpringError(response, 400, "/leads");
        assertThat(SimClient.json(response).get("message").asText()).contains(message);
        assertThat(sim.leads()).isEmpty();
    }

    @Test
    void updatesByIdLeavingAbsentAndNullFieldsUnchanged() {
        client.call("POST", "/leads", JOHN);

        HttpResponse<String> response = client.call("PUT", "/leads",
                "{\"id\":1,\"phone\":\"+4912345\",\"lastName\":null,\"scheduleId\":9}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode lead = SimClient.json(response);
        assertThat(lead.get("phone").asText()).isEqualTo("+4912345");
        assertThat(lead.get("scheduleId").asLong()).isEqualTo(9);
        assertThat(lead.get("lastName").asText()).isEqualTo("Doe");
        assertThat(lead.get("name").asText()).isEqualTo("John");
        assertThat(lead.get("company").asText()).isEqualTo("ACME");
        assertThat(sim.lead(1)).hasValueSatisfying(stored -> assertThat(stored).containsEntry("phone", "+4912345"));
    }

    @Test
    void updatesByEmailAndMovesToAnotherAssistant() {
        client.call("POST", "/leads", JOHN);

        JsonNode lead = SimClient.json(client.call("PUT", "/leads",
                "{\"email\":\"john.doe@example.com\",\"name\":\"Jon\",\"assistantEmail\":\"assistant3@simulator.7targets.test\"}"));

        assertThat(lead.get("id").asLong()).isEqualTo(1);
        assertThat(lead.get("name").asText()).isEqualTo("Jon");
        assertThat(lead.get("assistantId").asLong()).isEqualTo(3);
        assertThat(lead.get("scheduleId").asLong()).isEqualTo(103);
    }

    @Test
    void refusesToChangeTheEmail() {
        client.call("POST", "/leads", JOHN);

        HttpResponse<String> response = client.call("PUT", "/leads", "{\"id\":1,\"email\":\"other@example.com\"}");

        assertSpringError(response, 400, "/leads");
        assertThat(sim.lead(1)).hasValueSatisfying(l -> assertThat(l).containsEntry("email", "john.doe@example.com"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "PUT | /leads               | {\"id\":99,\"name\":\"X\"}                 | 404",
            "PUT | /leads               | {\"email\":\"nobody@example.com\"}          | 404",
            "PUT | /leads               | {\"name\":\"X\"}                           | 400",
            "PUT | /leads               | {\"id\":\"one\"}                           | 400",
            "PUT | /leads               | ''                                        | 400",
            "PUT | /leads/stop/followup | {\"id\":99}                                | 404",
            "PUT | /leads/stop/followup | {\"email\":\"nobody@example.com\"}          | 404",
    })
    void answersUpdateAndStopErrors(String method, String path, String body, int status) {
        client.call("POST", "/leads", JOHN);

        assertSpringError(client.call(method, path, body), status, path);
    }

    @Test
    void stopFollowupNullsNextScheduleTime() {
        client.call("POST", "/leads", JOHN);

        HttpResponse<String> response = client.call("PUT", "/leads/stop/followup", "{\"email\":\"john.doe@example.com\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"nextScheduleTime\":null");
        JsonNode lead = SimClient.json(response);
        assertThat(lead.get("id").asLong()).isEqualTo(1);
        assertThat(lead.get("subState").asText()).isEqualTo("Stopped");
        Map<String, Object> stored = sim.leadByEmail("john.doe@example.com").orElseThrow();
        assertThat(stored).containsEntry("nextScheduleTime", null);
    }

    @Test
    void answers404ForUnknownPathAnd405ForWrongMethod() {
        assertSpringError(client.call("GET", "/leads/42", null), 404, "/leads/42");

        HttpResponse<String> wrongMethod = client.call("DELETE", "/leads", null);
        assertSpringError(wrongMethod, 405, "/leads");
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("POST, PUT");
        assertSpringError(client.call("GET", "/leads/stop/followup", null), 405, "/leads/stop/followup");
    }

    private static void assertSpringError(HttpResponse<String> response, int status, String path) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode body = SimClient.json(response);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("error").asText()).isEqualTo(HttpStatusText.reason(status));
        assertThat(body.get("path").asText()).isEqualTo(path);
        assertThat(body.get("message").asText()).isNotBlank();
        assertThat(Instant.parse(body.get("timestamp").asText())).isBeforeOrEqualTo(Instant.now());
    }
}
