package com.seventargets.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JournalTest extends SimulatorClientTest {

    @RegisterExtension
    static SevenTargetsSimulatorExtension SIMULATOR = new SevenTargetsSimulatorExtension();

    @Test
    void recordsEveryRequestInArrivalOrderWithItsStatus() {
        sim.faults().onPath("/leads").times(1).respond(503);
        client.call("POST", "/leads", "{\"name\":\"A\"}");
        client.call("GET", "/leads/assistant?searchString=a+b%40c&size=5", null);

        List<RecordedRequest> journal = sim.journal();

        assertThat(journal).extracting(RecordedRequest::path)
                .containsExactly("/oauth2/token", "/leads", "/leads/assistant");
        assertThat(journal).extracting(RecordedRequest::status).containsExactly(200, 503, 200);
        RecordedRequest token = journal.get(0);
        assertThat(token.method()).isEqualTo("POST");
        assertThat(token.body()).isEqualTo("grant_type=client_credentials&scope=leads%2Fpost");
        assertThat(token.header("authorization")).startsWith("Basic ");
        RecordedRequest create = journal.get(1);
        assertThat(create.body()).isEqualTo("{\"name\":\"A\"}");
        assertThat(create.header("7TS-USER-IDENTIFIER")).isEqualTo("test-user");
        assertThat(create.headers().get("content-type")).containsExactly("application/json");
        assertThat(create.query()).isNull();
        RecordedRequest list = journal.get(2);
        assertThat(list.query()).isEqualTo("searchString=a+b%40c&size=5");
        assertThat(list.queryParams()).containsEntry("searchString", "a b@c").containsEntry("size", "5");
        assertThat(list.body()).isEmpty();
        assertThat(list.header("X-Absent")).isNull();
    }

    @Test
    void filtersByExactPathAndClears() {
        client.call("POST", "/leads", "{}");
        client.call("POST", "/leads/", "{}");

        assertThat(sim.journal("/leads")).hasSize(1);
        assertThat(sim.journal("/leads/")).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(404));

        sim.clearJournal();
        assertThat(sim.journal()).isEmpty();
    }

    @Test
    void keepsOnlyTheMostRecentEntriesWhenCapped() {
        try (SevenTargetsSimulator capped = SevenTargetsSimulator.builder().journalCapacity(3).build().start()) {
            SimClient cappedClient = new SimClient(capped);
            for (int i = 0; i < 5; i++) {
                cappedClient.raw("GET", "/n" + i, null);
            }
            assertThat(capped.journal()).extracting(RecordedRequest::path).containsExactly("/n2", "/n3", "/n4");
        }
    }
}
