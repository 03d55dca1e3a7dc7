package com.seventargets.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AssistantsApiTest extends SimulatorClientTest {

    /** The default seed: 12 assistants, more than the default page of 10. */
    @RegisterExtension
    static SevenTargetsSimulatorExtension SIMULATOR = new SevenTargetsSimulatorExtension();

    @Test
    void listsTheDocumentedQueryAsABareArrayNewestFirst() {
        HttpResponse<String> response = client.call("GET",
                "/leads/assistant?searchString=&page=0&size=10&sort=lastModifiedDate,desc", null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode list = SimClient.json(response);
        assertThat(list.isArray()).isTrue();
        assertThat(names(list)).hasSize(10).startsWith("Assistant 12", "Assistant 11").endsWith("Assistant 3");
        JsonNode first = list.get(0);
        assertThat(first.get("emailid").asText()).isEqualTo("assistant12@simulator.7targets.test");
        for (String field : List.of("id", "name", "organisationId", "completeSignature", "emailid", "description",
                "role", "defaultScheduleId", "defaultScheduleIdForEmailCC", "perDayEmailLimit", "lastModifiedDate")) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        assertThat(first.get("completeSignature").asText()).contains("<strong>Assistant 12</strong>");
    }

    @Test
    void seedsSomeAssistantsWithANullDescriptionAndRoleAsTheDocumentsSecondOne() {
        JsonNode list = SimClient.json(client.call("GET", "/leads/assistant?size=12&sort=id,asc", null));

        List<String> withoutProfile = new ArrayList<>();
        list.forEach(a -> {
            assertThat(a.has("description") && a.has("role")).as("explicit even when null").isTrue();
            assertThat(a.get("description").isNull()).isEqualTo(a.get("role").isNull());
            if (a.get("role").isNull()) {
                withoutProfile.add(a.get("name").asText());
            }
        });
        assertThat(withoutProfile).containsExactly("Assistant 2", "Assistant 5", "Assistant 8", "Assistant 11");
        assertThat(list.get(0).get("role").asText()).isEqualTo("BDE");
    }

    @Test
    void pagesWithDefaultSizeTen() {
        JsonNode second = SimClient.json(client.call("GET", "/leads/assistant?page=1", null));

        assertThat(names(second)).containsExactly("Assistant 11", "Assistant 12");
        assertThat(SimClient.json(client.call("GET", "/leads/assistant?page=5&size=5", null))).isEmpty();
    }

    @Test
    void searchesNameOrEmailIgnoringCase() {
        assertThat(names(SimClient.json(client.call("GET", "/leads/assistant?searchString=ASSISTANT%201", null))))
                .containsExactly("Assistant 1", "Assistant 10", "Assistant 11", "Assistant 12");
        assertThat(names(SimClient.json(client.call("GET", "/leads/assistant?searchString=assistant7%40", null))))
                .containsExactly("Assistant 7");
    }

    @Test
    void sortsByNameAndIdInEitherDirection() {
        assertThat(names(SimClient.json(client.call("GET", "/leads/assistant?size=3&sort=name,asc", null))))
                .containsExactly("Assistant 1", "Assistant 10", "Assistant 11");
        assertThat(names(SimClient.json(client.call("GET", "/leads/assistant?size=2&sort=id,desc", null))))
                .containsExactly("Assistant 12", "Assistant 11");
        assertThat(names(SimClient.json(client.call("GET", "/leads/assistant?size=2", null))))
                .containsExactly("Assistant 1", "Assistant 2");
    }

    @Test
    void addedAssistantIsNewestAndUsableForLeads() {
        Map<String, Object> added = sim.addAssistant("Lyra", "lyra@example.com");

        assertThat(added).containsEntry("id", 13).containsEntry("emailid", "lyra@example.com");
        assertThat(names(SimClient.json(client.call("GET", "/leads/assistant?size=1&sort=lastModifiedDate,desc", null))))
                .containsExactly("Lyra");
        assertThat(client.call("POST", "/leads",
                "{\"name\":\"A\",\"email\":\"a@example.com\",\"assistantEmail\":\"lyra@example.com\"}").statusCode())
                .isEqualTo(201);
        assertThat(sim.assistants()).hasSize(13);
    }

    @ParameterizedTest
    @ValueSource(strings = {"size=0", "size=101", "size=ten", "page=-1", "page=x", "sort=email,desc", "sort=name,up"})
    void refusesBadPagingWith400(String query) {
        HttpResponse<String> response = client.call("GET", "/leads/assistant?" + query, null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(SimClient.json(response).get("error").asText()).isEqualTo("Bad Request");
    }

    @Test
    void answersSpringDataPageShape() {
        sim.setAssistantListShape(AssistantListShape.PAGE);

        JsonNode page = SimClient.json(client.call("GET", "/leads/assistant?page=1&size=5&sort=id,asc", null));

        assertThat(names(page.get("content"))).containsExactly(
                "Assistant 6", "Assistant 7", "Assistant 8", "Assistant 9", "Assistant 10");
        assertThat(page.get("totalElements").asInt()).isEqualTo(12);
        assertThat(page.get("totalPages").asInt()).isEqualTo(3);
        assertThat(page.get("number").asInt()).isEqualTo(1);
        assertThat(page.get("size").asInt()).isEqualTo(5);
        assertThat(page.get("numberOfElements").asInt()).isEqualTo(5);
        assertThat(page.get("first").asBoolean()).isFalse();
        assertThat(page.get("last").asBoolean()).isFalse();
        JsonNode last = SimClient.json(client.call("GET", "/leads/assistant?page=2&size=5", null));
        assertThat(last.get("last").asBoolean()).isTrue();
        assertThat(last.get("numberOfElements").asInt()).isEqualTo(2);
    }

    @Test
    void answersPageMetadataShapeAndResetRestoresArray() {
        sim.setAssistantListShape(AssistantListShape.PAGE_METADATA);

        JsonNode page = SimClient.json(client.call("GET", "/leads/assistant?size=10", null));

        assertThat(page.get("content")).hasSize(10);
        assertThat(page.get("page").get("size").asInt()).isEqualTo(10);
        assertThat(page.get("page").get("number").asInt()).isZero();
        assertThat(page.get("page").get("totalElements").asInt()).isEqualTo(12);
        assertThat(page.get("page").get("totalPages").asInt()).isEqualTo(2);

        sim.reset();
        client = new SimClient(sim);
        assertThat(SimClient.json(client.call("GET", "/leads/assistant", null)).isArray()).isTrue();
    }

    private static List<String> names(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.forEach(a -> names.add(a.get("name").asText()));
        return names;
    }
}
