package com.seventargets.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A lead's schedule: a "valid sequence" of its assistant, by id, else by name (case sensitive), else the default. */
class LeadSchedulesTest extends SimulatorClientTest {

    @RegisterExtension
    static SevenTargetsSimulatorExtension SIMULATOR = new SevenTargetsSimulatorExtension();

    private static final String ASSISTANT_1 = "assistant1@simulator.7targets.test";
    private static final String ASSISTANT_2 = "assistant2@simulator.7targets.test";

    @Test
    void everyAssistantHasItsOwnNamedSchedulesStartingWithItsDefault() {
        assertThat(sim.schedules(ASSISTANT_1)).containsExactly(entry("Default", 11), entry("Nurture", 12),
                entry("Webinar", 13), entry("Email CC", 14));
        assertThat(sim.schedules("ASSISTANT2@simulator.7targets.test")).containsEntry("Default", 21L);
        assertThat(sim.assistants().get(0)).containsEntry("defaultScheduleId", 11).containsEntry("defaultScheduleIdForEmailCC", 14);
        assertThatThrownBy(() -> sim.schedules("nobody@example.com")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void answersTheScheduleAskedForByIdOrByName() {
        JsonNode byId = SimClient.json(client.call("POST", "/leads", lead("a@example.com", ASSISTANT_1, ",\"scheduleId\":13")));
        JsonNode byName = SimClient.json(client.call("POST", "/leads", lead("b@example.com", ASSISTANT_1, ",\"scheduleName\":\"Nurture\"")));
        JsonNode idWins = SimClient.json(client.call("POST", "/leads",
                lead("c@example.com", ASSISTANT_1, ",\"scheduleId\":14,\"scheduleName\":\"Nurture\"")));

        assertThat(byId.get("scheduleId").asLong()).isEqualTo(13);
        assertThat(byId.get("scheduleName").asText()).isEqualTo("Webinar");
        assertThat(byName.get("scheduleId").asLong()).isEqualTo(12);
        assertThat(byName.get("scheduleName").asText()).isEqualTo("Nurture");
        assertThat(idWins.get("scheduleName").asText()).isEqualTo("Email CC");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            ",\"scheduleId\":99                 | No schedule with scheduleId 99",
            ",\"scheduleId\":21                 | No schedule with scheduleId 21",
            ",\"scheduleName\":\"nurture\"      | No schedule named 'nurture'",
            ",\"scheduleName\":\"Cold calls\"   | No schedule named 'Cold calls'",
    })
    void refusesAScheduleTheAssistantDoesNotHave(String schedule, String message) {
        HttpResponse<String> response = client.call("POST", "/leads", lead("a@example.com", ASSISTANT_1, schedule));

        JsonAssert.springError(response, 400, "/leads");
        assertThat(SimClient.json(response).get("message").asText()).contains(message, ASSISTANT_1);
        assertThat(sim.leads()).isEmpty();
    }

    @Test
    void updateChecksTheScheduleAgainstTheLeadsAssistantAndChangesNothingWhenRefused() {
        client.call("POST", "/leads", lead("a@example.com", ASSISTANT_1, ""));

        JsonAssert.springError(client.call("PUT", "/leads", "{\"id\":1,\"name\":\"Changed\",\"scheduleId\":22}"), 400, "/leads");
        JsonNode moved = SimClient.json(client.call("PUT", "/leads",
                "{\"id\":1,\"assistantEmail\":\"" + ASSISTANT_2 + "\",\"scheduleName\":\"Webinar\"}"));
        JsonNode renamed = SimClient.json(client.call("PUT", "/leads", "{\"id\":1,\"scheduleName\":\"Nurture\"}"));

        assertThat(moved.get("assistantId").asLong()).isEqualTo(2);
        assertThat(moved.get("scheduleId").asLong()).isEqualTo(23);
        assertThat(moved.get("name").asText()).as("the refused update changed nothing").isEqualTo("A");
        assertThat(renamed.get("scheduleId").asLong()).isEqualTo(22);
        assertThat(renamed.get("scheduleName").asText()).isEqualTo("Nurture");
    }

    @Test
    void creatingAnExistingEmailKeepsItsScheduleUnlessAnotherIsAskedFor() {
        client.call("POST", "/leads", lead("a@example.com", ASSISTANT_1, ",\"scheduleName\":\"Webinar\""));

        JsonNode same = SimClient.json(client.call("POST", "/leads", lead("a@example.com", ASSISTANT_1, "")));
        JsonNode other = SimClient.json(client.call("POST", "/leads", lead("a@example.com", ASSISTANT_2, "")));

        assertThat(same.get("scheduleName").asText()).isEqualTo("Webinar");
        assertThat(other.get("scheduleId").asLong()).isEqualTo(21);
        assertThat(sim.leads()).hasSize(1);
    }

    private static String lead(String email, String assistant, String more) {
        return "{\"name\":\"A\",\"email\":\"" + email + "\",\"assistantEmail\":\"" + assistant + "\"" + more + "}";
    }

    private static java.util.Map.Entry<String, Long> entry(String name, long id) {
        return java.util.Map.entry(name, id);
    }
}
