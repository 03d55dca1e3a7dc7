package com.seventargets.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class LimitsTest {

    private static final String ASSISTANT = "assistant1@simulator.7targets.test";

    @Test
    void answers413ForABodyOverTheLimitWithoutKeepingIt() {
        try (SevenTargetsSimulator sim = SevenTargetsSimulator.builder().maxBodySize(1000).build().start()) {
            SimClient client = new SimClient(sim);
            String atTheLimit = lead("ada", "x".repeat(1000 - lead("ada", "").length()));
            assertThat(atTheLimit).hasSize(1000);
            assertThat(client.call("POST", "/leads", atTheLimit).statusCode()).isEqualTo(201);

            HttpResponse<String> tooLarge = client.call("POST", "/leads", lead("bob", "x".repeat(1000)));

            JsonAssert.springError(tooLarge, 413, "/leads");
            assertThat(SimClient.json(tooLarge).get("message").asText()).contains("1000 bytes");
            assertThat(sim.leadByEmail("bob@example.com")).isEmpty();
            RecordedRequest refused = sim.journal("/leads").get(1);
            assertThat(refused.status()).isEqualTo(413);
            assertThat(refused.body()).as("not kept").isEmpty();
            assertThat(sim.stats().requests("POST /leads")).isEqualTo(2);
        }
    }

    @Test
    void answers413ForAChunkedBodyThatGrowsOverTheLimit() {
        try (SevenTargetsSimulator sim = SevenTargetsSimulator.builder().maxBodySize(1000).build().start()) {
            HttpRequest chunked = HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/leads"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(
                            () -> new ByteArrayInputStream(new byte[100_000])))
                    .build();

            HttpResponse<String> answer = new SimClient(sim).send(chunked);

            assertThat(chunked.bodyPublisher().orElseThrow().contentLength()).as("sent without a length").isNegative();
            JsonAssert.springError(answer, 413, "/leads");
            assertThat(sim.journal().get(0).body()).isEmpty();
        }
    }

    @Test
    void aBodyDeclaredFarLargerIsRefusedWithoutReadingItAndTheServerGoesOn() throws Exception {
        try (SevenTargetsSimulator sim = SevenTargetsSimulator.builder().build().start();
                Socket socket = new Socket("127.0.0.1", sim.port())) {
            socket.getOutputStream().write(("POST /leads HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 10000000000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();

            assertThat(status).startsWith("HTTP/1.1 413 ");
            assertThat(new SimClient(sim).call("POST", "/leads", lead("ada", "")).statusCode()).isEqualTo(201);
        }
    }

    @Test
    void theJournalKeepsTheMostRecentRequestsWithinItsByteBudget() {
        try (SevenTargetsSimulator sim = SevenTargetsSimulator.builder().journalMaxBytes(200_000).build().start()) {
            SimClient client = new SimClient(sim);
            for (int i = 0; i < 20; i++) {
                client.raw("POST", "/leads", "{\"n\":" + i + ",\"pad\":\"" + "x".repeat(20_000) + "\"}");
            }

            List<RecordedRequest> journal = sim.journal();

            // each entry counts about 40 KB (two bytes a character): four fit in 200,000 bytes, five do not
            assertThat(journal).hasSize(4);
            assertThat(journal).extracting(r -> r.body().substring(0, 8)).containsExactly("{\"n\":16,", "{\"n\":17,",
                    "{\"n\":18,", "{\"n\":19,");
            assertThat(sim.stats().requests("POST /leads")).as("counted all the same").isEqualTo(20);
        }
    }

    @Test
    void aLeadBeyondTheCapEvictsTheOldest() {
        try (SevenTargetsSimulator sim = SevenTargetsSimulator.builder().maxLeads(3).build().start()) {
            SimClient client = new SimClient(sim);
            for (String name : List.of("a", "b", "c", "d", "e")) {
                assertThat(client.call("POST", "/leads", lead(name, "")).statusCode()).isEqualTo(201);
            }
            assertThat(client.call("POST", "/leads", lead("c", "")).statusCode()).as("an update evicts none")
                    .isEqualTo(201);

            assertThat(sim.leads()).extracting(lead -> lead.get("email")).containsExactly("c@example.com",
                    "d@example.com", "e@example.com");
            assertThat(sim.leadByEmail("a@example.com")).isEmpty();
            assertThat(sim.stats().leads()).isEqualTo(3);
            assertThat(sim.stats().evictedLeads()).isEqualTo(2);
            assertThat(client.call("POST", "/leads", lead("a", "")).statusCode()).as("an evicted e-mail is new again")
                    .isEqualTo(201);
            assertThat(sim.leadByEmail("a@example.com").orElseThrow().get("id")).isEqualTo(6);
        }
    }

    @Test
    void expiredTokensAreForgottenWhenTheStoreIsFullAndBeyondItTheOldest() {
        try (SevenTargetsSimulator sim = SevenTargetsSimulator.builder().maxTokens(20).build().start()) {
            SimClient client = new SimClient(sim);
            for (int i = 0; i < 20; i++) {
                client.newToken();
            }
            sim.ageTokens(Duration.ofHours(2));
            String fresh = client.newToken(); // the 21st: the expired ones go, not the oldest live one
            assertThat(sim.issuedTokens()).containsExactly(fresh);

            for (int i = 0; i < 25; i++) {
                client.newToken();
            }
            assertThat(sim.issuedTokens()).hasSize(20).doesNotContain(fresh);
            assertThat(sim.stats().tokens()).isEqualTo(46);
            assertThat(client.raw("GET", "/leads/assistant", null, "Authorization", "Bearer " + fresh,
                    "7ts-user-identifier", sim.userIdentifier()).statusCode()).isEqualTo(401);
        }
    }

    @Test
    void expiredTokensAreForgottenOnceEverySoManyIssued() {
        TokenStore tokens = new TokenStore(10_000);
        for (int i = 0; i < TokenStore.SWEEP_EVERY - 1; i++) {
            tokens.issue("client", "leads/post", Duration.ofHours(1));
        }
        String live = tokens.issue("client", "leads/post", Duration.ofDays(1));
        tokens.age(Duration.ofHours(2));
        assertThat(tokens.issued()).hasSize(TokenStore.SWEEP_EVERY);

        String fresh = tokens.issue("client", "leads/post", Duration.ofHours(1)); // the 1,001st: no sweep yet
        assertThat(tokens.issued()).hasSize(TokenStore.SWEEP_EVERY + 1);
        for (int i = 0; i < TokenStore.SWEEP_EVERY - 1; i++) {
            tokens.issue("client", "leads/post", Duration.ofHours(1));
        }

        assertThat(tokens.issued()).as("the 2,000th swept the expired ones").hasSize(TokenStore.SWEEP_EVERY + 1)
                .startsWith(live, fresh);
        assertThat(tokens.issuedCount()).isEqualTo(2L * TokenStore.SWEEP_EVERY);
    }

    @Test
    void servesWithTheHandlerThreadsItWasGivenAndNoMore() throws Exception {
        try (SevenTargetsSimulator sim = SevenTargetsSimulator.builder().threads(3).build().start()) {
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest request = HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/leads/assistant")).build();
            List<CompletableFuture<HttpResponse<Void>>> answers = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                answers.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding()));
            }
            for (CompletableFuture<HttpResponse<Void>> answer : answers) {
                assertThat(answer.get().statusCode()).isEqualTo(401);
            }

            String prefix = "7targets-simulator-" + sim.port() + "-";
            assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                    .filteredOn(name -> name.startsWith(prefix) && !name.startsWith(prefix + "timer"))
                    .hasSizeBetween(1, 3);
        }
    }

    private static String lead(String name, String context) {
        return "{\"name\":\"" + name + "\",\"email\":\"" + name + "@example.com\",\"assistantEmail\":\"" + ASSISTANT
                + "\",\"context\":\"" + context + "\"}";
    }
}
