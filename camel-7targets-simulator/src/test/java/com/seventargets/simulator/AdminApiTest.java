package com.seventargets.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AdminApiTest extends SimulatorClientTest {

    @RegisterExtension
    static SevenTargetsSimulatorExtension SIMULATOR = new SevenTargetsSimulatorExtension();

    private static final TypeReference<Map<String, Integer>> COUNTS = new TypeReference<>() { };
    private static final String ADA = "{\"name\":\"Ada\",\"email\":\"ada@example.com\","
            + "\"assistantEmail\":\"assistant2@simulator.7targets.test\",\"context\":\"kept, not answered\"}";

    @Test
    void statsCountEachEndpointsRequestsTheLeadsHeldAndTheTokensIssued() {
        client.call("POST", "/leads", ADA);
        client.call("POST", "/leads", ADA.replace("ada@", "bob@"));
        client.call("PUT", "/leads", "{\"email\":\"ada@example.com\",\"phone\":\"+1\"}");
        client.call("PUT", "/leads/stop/followup", "{\"email\":\"bob@example.com\"}");
        client.call("GET", "/leads/assistant", null);
        client.raw("POST", "/leads", ADA); // no token: 401, counted all the same
        client.raw("GET", "/nowhere", null);
        client.raw("DELETE", "/leads", null);

        HttpResponse<String> response = client.raw("GET", "/_simulator/stats", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode stats = SimClient.json(response);
        assertThat(stats.fieldNames()).toIterable().containsExactly("requests", "leads", "tokens", "evictedLeads",
                "mostConcurrentRequests");
        assertThat(SimClient.MAPPER.convertValue(stats.get("requests"), COUNTS)).containsExactly(
                Map.entry("POST /oauth2/token", 1), Map.entry("POST /leads", 3), Map.entry("PUT /leads", 1),
                Map.entry("PUT /leads/stop/followup", 1), Map.entry("GET /leads/assistant", 1),
                Map.entry("other", 2));
        assertThat(stats.get("leads").asInt()).isEqualTo(2);
        assertThat(stats.get("tokens").asInt()).isEqualTo(1);
        assertThat(stats.get("evictedLeads").asInt()).isZero();
        assertThat(stats.get("mostConcurrentRequests").asInt()).as("one request at a time").isEqualTo(1);
        assertThat(sim.stats().requests()).as("the same figures from the Java API").containsExactly(
                Map.entry("POST /oauth2/token", 1L), Map.entry("POST /leads", 3L), Map.entry("PUT /leads", 1L),
                Map.entry("PUT /leads/stop/followup", 1L), Map.entry("GET /leads/assistant", 1L),
                Map.entry("other", 2L));
        assertThat(sim.stats().leads()).isEqualTo(2);
        assertThat(sim.stats().tokens()).isEqualTo(1);
        assertThat(sim.stats().requests("POST /leads")).isEqualTo(3);
    }

    @Test
    void statsGiveTheMostRequestsThatWereUnderWayAtOnce() throws Exception {
        sim.faults().onPath("/leads").times(3).holdUntilUnderWay(3, Duration.ofSeconds(20));
        ExecutorService clients = Executors.newFixedThreadPool(3);
        try {
            List<Future<Integer>> answered = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                String lead = ADA.replace("ada@", "held" + i + "@");
                answered.add(clients.submit(() -> new SimClient(sim).call("POST", "/leads", lead).statusCode()));
            }
            for (Future<Integer> status : answered) {
                assertThat(status.get(30, TimeUnit.SECONDS)).isEqualTo(201);
            }
        } finally {
            clients.shutdownNow();
        }

        JsonNode stats = SimClient.json(client.raw("GET", "/_simulator/stats", null));

        assertThat(stats.get("mostConcurrentRequests").asInt()).isEqualTo(3);
        assertThat(sim.stats().mostConcurrentRequests()).isEqualTo(3);
    }

    @Test
    void leadsListsEveryLeadAsTheApiAnswersItWithItsAssistant() throws Exception {
        String created = client.call("POST", "/leads", ADA).body();
        client.call("POST", "/leads", ADA.replace("ada@", "bob@").replace("assistant2", "assistant3"));

        HttpResponse<String> response = client.raw("GET", "/_simulator/leads", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode leads = SimClient.json(response);
        assertThat(leads.isArray()).isTrue();
        assertThat(leads).hasSize(2);
        JsonNode ada = leads.get(0);
        assertThat(ada.fieldNames()).toIterable().containsExactly("id", "name", "lastName", "type", "email", "phone",
                "scheduleId", "scheduleName", "assistantId", "nextScheduleTime", "state", "subState", "followup",
                "customFields", "assistantEmail");
        JsonNode answered = SimClient.MAPPER.readTree(created);
        answered.properties().forEach(field -> assertThat(ada.get(field.getKey())).isEqualTo(field.getValue()));
        assertThat(ada.get("assistantEmail").asText()).isEqualTo("assistant2@simulator.7targets.test");
        assertThat(leads.get(1).get("email").asText()).isEqualTo("bob@example.com");
        assertThat(leads.get(1).get("assistantEmail").asText()).isEqualTo("assistant3@simulator.7targets.test");
    }

    @Test
    void anEmptySimulatorListsAnEmptyArray() {
        HttpResponse<String> response = client.raw("GET", "/_simulator/leads", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("[]");
    }

    @Test
    void resetEmptiesTheSimulatorAsTheJavaResetDoes() {
        client.call("POST", "/leads", ADA);
        sim.faults().onPath("/leads").times(1).respond(503);

        HttpResponse<String> response = client.raw("POST", "/_simulator/reset", null);

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(sim.leads()).isEmpty();
        assertThat(sim.journal()).isEmpty();
        assertThat(sim.issuedTokens()).isEmpty();
        assertThat(sim.stats().requests()).allSatisfy((endpoint, count) -> assertThat(count).isZero());
        assertThat(new SimClient(sim).call("POST", "/leads", ADA).statusCode()).as("the fault is gone").isEqualTo(201);
    }

    @Test
    void isNeitherJournaledNorCountedNorHeldNorFaulted() {
        sim.setLatency(Duration.ofSeconds(30));
        sim.faults().onPath("/_simulator/stats").rate(1.0).respond(503);

        HttpResponse<String> response = client.raw("GET", "/_simulator/stats", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(sim.journal()).isEmpty();
        assertThat(SimClient.json(response).get("requests").get("other").asInt()).isZero();
        assertThat(sim.stats().requests("other")).isZero();
        assertThat(sim.mostConcurrentRequests()).isZero();
    }

    @Test
    void answers404ForAnUnknownAdminPathAnd405ForAWrongMethod() {
        HttpResponse<String> unknown = client.raw("GET", "/_simulator/nothing", null);
        JsonAssert.springError(unknown, 404, "/_simulator/nothing");
        assertThat(SimClient.json(unknown).get("message").asText()).contains("/_simulator/stats", "/_simulator/leads",
                "/_simulator/reset");

        HttpResponse<String> wrongMethod = client.raw("GET", "/_simulator/reset", null);
        JsonAssert.springError(wrongMethod, 405, "/_simulator/reset");
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("POST");
        assertThat(sim.journal()).isEmpty();
    }
}
