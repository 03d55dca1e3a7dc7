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

    private static final String ASSISTANT_2 = "assistant2@simulator.7targets.test";
    private static final String JOHN = "{\"name\":\"John\",\"lastName\":\"Doe\",\"email\":\"john.doe@example.com\","
            + "\"phone\":\"+919123456789\",\"assistantEmail\":\"assistant2@simulator.7targets.test\","
            + "\"context\":\"AI Sales Assistant\",\"company\":\"ACME\",\"externalId\":\"crm-42\","
            + "\"customFields\":[{\"name\":\"productName\",\"value\":\"Tesla S Model\"}]}";

    @Test
    void answersWithExactlyTheDocumentsFieldsAndServerDefaults() {
        HttpResponse<String> response = client.call("POST", "/leads", JOHN);

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode lead = SimClient.json(response);
        assertThat(lead.fieldNames()).toIterable().containsExactly("id", "name", "lastName", "type", "email", "phone",
                "scheduleId", "scheduleName", "assistantId", "nextScheduleTime", "state", "subState", "followup",
                "customFields");
        assertThat(lead.get("id").asLong()).isEqualTo(1);
        assertThat(lead.get("name").asText()).isEqualTo("John");
        assertThat(lead.get("lastName").asText()).isEqualTo("Doe");
        assertThat(lead.get("phone").asText()).isEqualTo("+919123456789");
        assertThat(lead.get("customFields").get(0).get("value").asText()).isEqualTo("Tesla S Model");
        assertThat(lead.get("type").asText()).isEqualTo("SALES");
        assertThat(lead.get("assistantId").asLong()).isEqualTo(2);
        assertThat(lead.get("scheduleId").asLong()).isEqualTo(sim.schedules(ASSISTANT_2).get("Default"));
        assertThat(lead.get("scheduleName").asText()).isEqualTo("Default");
        assertThat(lead.get("state").asText()).isEqualTo("Cold");
        assertThat(lead.get("subState").asText()).isEqualTo("Followup");
        assertThat(lead.get("followup").asInt()).isEqualTo(1);
        assertThat(Instant.parse(lead.get("nextScheduleTime").asText())).isAfter(Instant.now());
    }

    @Test
    void keepsTheDocumentsRequestFieldsAndNothingUnknown() {
        client.call("POST", "/leads", JOHN);

        assertThat(sim.lead(1)).hasValueSatisfying(stored -> assertThat(stored)
                .containsEntry("context", "AI Sales Assistant")
                .containsEntry("source", "Website")
                .containsEntry("additionalInformationLine", null)
                .containsEntry("assistantEmail", ASSISTANT_2)
                .doesNotContainKeys("company", "externalId"));
    }

    @Test
    void answersUnsetOptionalFieldsAsExplicitNulls() {
        HttpResponse<String> response = client.call("POST", "/leads",
                "{\"name\":\"Ann\",\"email\":\"ann@example.com\",\"assistantEmail\":\"" + ASSISTANT_2 + "\"}");

        assertThat(response.body()).contains("\"lastName\":null", "\"phone\":null", "\"customFields\":null");
        assertThat(sim.lead(1)).hasValueSatisfying(stored -> assertThat(stored)
                .containsEntry("lastName", null).containsEntry("phone", null).containsEntry("customFields", null));
    }

    @Test
    void assignsIncreasingIdsAndKeepsTheGivenSource() {
        client.call("POST", "/leads", JOHN);
        JsonNode lead = SimClient.json(client.call("POST", "/leads", "{\"name\":\"Ann\",\"email\":\"ann@example.com\","
                + "\"assistantEmail\":\"ASSISTANT1@simulator.7targets.test\",\"source\":\"Odoo\"}"));

        assertThat(lead.get("id").asLong()).isEqualTo(2);
        assertThat(lead.get("assistantId").asLong()).isEqualTo(1);
        assertThat(sim.lead(2)).hasValueSatisfying(stored -> assertThat(stored).containsEntry("source", "Odoo"));
        assertThat(sim.leads()).extracting(l -> l.get("email")).containsExactly("john.doe@example.com", "ann@example.com");
    }

    @Test
    void creatingAnExistingEmailUpdatesThatLead() {
        client.call("POST", "/leads", JOHN);

        HttpResponse<String> again = client.call("POST", "/leads",
                "{\"name\":\"Johnny\",\"email\":\"JOHN.DOE@example.com\",\"assistantEmail\":\"" + ASSISTANT_2 + "\"}");

        assertThat(again.statusCode()).isEqualTo(201);
        JsonNode lead = SimClient.json(again);
        assertThat(lead.get("id").asLong()).isEqualTo(1);
        assertThat(lead.get("name").asText()).isEqualTo("Johnny");
        assertThat(lead.get("lastName").asText()).isEqualTo("Doe");
        assertThat(sim.leads()).hasSize(1);
    }

    @Test
    void ignoresFieldsTheServerOwnsAndHandsOutCopies() {
        JsonNode lead = SimClient.json(client.call("POST", "/leads", "{\"id\":77,\"state\":\"Hot\",\"followup\":5,"
                + "\"name\":\"A\",\"email\":\"a@example.com\",\"assistantEmail\":\"assistant1@simulator.7targets.test\"}"));

        assertThat(lead.get("id").asLong()).isEqualTo(1);
        assertThat(lead.get("state").asText()).isEqualTo("Cold");
        assertThat(lead.get("followup").asInt()).isEqualTo(1);
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

        JsonAssert.springError(response, 400, "/leads");
        assertThat(SimClient.json(response).get("message").asText()).contains(message);
        assertThat(sim.leads()).isEmpty();
    }

    @Test
    void updatesByIdLeavingAbsentAndNullFieldsUnchanged() {
        client.call("POST", "/leads", JOHN);

        HttpResponse<String> response = client.call("PUT", "/leads",
                "{\"id\":1,\"phone\":\"+4912345\",\"lastName\":null,\"company\":\"ACME\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode lead = SimClient.json(response);
        assertThat(lead.get("phone").asText()).isEqualTo("+4912345");
        assertThat(lead.get("lastName").asText()).isEqualTo("Doe");
        assertThat(lead.get("name").asText()).isEqualTo("John");
        assertThat(lead.get("scheduleName").asText()).isEqualTo("Default");
        assertThat(lead.has("company")).isFalse();
        assertThat(sim.lead(1)).hasValueSatisfying(stored -> assertThat(stored).containsEntry("phone", "+4912345"));
    }

    @Test
    void updatesByEmailAndMovesToAnotherAssistantWithItsDefaultSchedule() {
        client.call("POST", "/leads", JOHN);

        JsonNode lead = SimClient.json(client.call("PUT", "/leads",
                "{\"email\":\"john.doe@example.com\",\"name\":\"Jon\",\"assistantEmail\":\"assistant3@simulator.7targets.test\"}"));

        assertThat(lead.get("id").asLong()).isEqualTo(1);
        assertThat(lead.get("name").asText()).isEqualTo("Jon");
        assertThat(lead.get("assistantId").asLong()).isEqualTo(3);
        assertThat(lead.get("scheduleId").asLong()).isEqualTo(sim.schedules("assistant3@simulator.7targets.test").get("Default"));
        assertThat(lead.get("scheduleName").asText()).isEqualTo("Default");
    }

    @Test
    void refusesToChangeTheEmail() {
        client.call("POST", "/leads", JOHN);

        HttpResponse<String> response = client.call("PUT", "/leads", "{\"id\":1,\"email\":\"other@example.com\"}");

        JsonAssert.springError(response, 400, "/leads");
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

        JsonAssert.springError(client.call(method, path, body), status, path);
    }

    @Test
    void stopFollowupNullsNextScheduleTimeAndStaysInFollowup() {
        client.call("POST", "/leads", JOHN);

        HttpResponse<String> response = client.call("PUT", "/leads/stop/followup", "{\"email\":\"john.doe@example.com\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"nextScheduleTime\":null");
        JsonNode lead = SimClient.json(response);
        assertThat(lead.get("id").asLong()).isEqualTo(1);
        assertThat(lead.get("state").asText()).isEqualTo("Cold");
        assertThat(lead.get("subState").asText()).isEqualTo("Followup");
        assertThat(lead.get("followup").asInt()).isEqualTo(1);
        assertThat(lead.get("scheduleName").asText()).isEqualTo("Default");
        Map<String, Object> stored = sim.leadByEmail("john.doe@example.com").orElseThrow();
        assertThat(stored).containsEntry("nextScheduleTime", null);
    }

    @Test
    void answers404ForUnknownPathAnd405ForWrongMethod() {
        JsonAssert.springError(client.call("GET", "/leads/42", null), 404, "/leads/42");

        HttpResponse<String> wrongMethod = client.call("DELETE", "/leads", null);
        JsonAssert.springError(wrongMethod, 405, "/leads");
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("POST, PUT");
        JsonAssert.springError(client.call("GET", "/leads/stop/followup", null), 405, "/leads/stop/followup");
    }
}
