package com.seventargets.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FaultsTest {

    @RegisterExtension
    static SevenTargetsSimulatorExtension SIMULATOR = new SevenTargetsSimulatorExtension();

    private static final String LEAD = "{\"name\":\"A\",\"email\":\"a@example.com\","
            + "\"assistantEmail\":\"assistant1@simulator.7targets.test\"}";

    private SevenTargetsSimulator sim;
    private SimClient client;

    @BeforeEach
    void setUp(SevenTargetsSimulator sim) {
        this.sim = sim;
        this.client = new SimClient(sim);
        client.newToken();
    }

    @Test
    void respondsWithStatusForTheNextNRequestsThenHandlesNormally() {
        sim.faults().onPath("/leads").times(3).respond(503);

        for (int i = 0; i < 3; i++) {
            HttpResponse<String> response = client.call("POST", "/leads", LEAD);
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(SimClient.json(response).get("error").asText()).isEqualTo("Service Unavailable");
        }
        assertThat(client.call("POST", "/leads", LEAD).statusCode()).isEqualTo(201);
    }

    @Test
    void appliesBeforeAuthenticationAndOnlyOnTheExactPath() {
        sim.faults().onPath("/leads").times(1).respond(500);

        assertThat(client.raw("GET", "/leads/assistant", null).statusCode()).isEqualTo(401);
        assertThat(client.raw("POST", "/leads", LEAD).statusCode()).isEqualTo(500);
    }

    @Test
    void respondsWithAnExtraHeader() {
        sim.faults().onPath("/leads").times(1).respond(429, "Retry-After", "2");

        HttpResponse<String> response = client.call("POST", "/leads", LEAD);

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("2");
    }

    @Test
    void takesRulesInRegistrationOrder() {
        sim.faults().onPath("/leads").times(1).respond(502).onPath("/leads").times(2).respond(504);

        assertThat(client.call("POST", "/leads", LEAD).statusCode()).isEqualTo(502);
        assertThat(client.call("POST", "/leads", LEAD).statusCode()).isEqualTo(504);
        assertThat(client.call("POST", "/leads", LEAD).statusCode()).isEqualTo(504);
        assertThat(client.call("POST", "/leads", LEAD).statusCode()).isEqualTo(201);
    }

    @Test
    void faultsTheTokenEndpointToo() {
        sim.faults().onPath("/oauth2/token").times(1).respond(503);

        assertThatThrownBy(client::newToken).hasMessageContaining("503");
        assertThat(client.newToken()).isNotBlank();
        assertThat(sim.tokenRequestCount()).isEqualTo(3);
    }

    @Test
    void delaysThenHandlesNormally() {
        sim.faults().onPath("/leads").times(1).delay(Duration.ofMillis(500));

        long started = System.nanoTime();
        HttpResponse<String> response = client.call("POST", "/leads", LEAD);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(500));
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(sim.leads()).hasSize(1);
    }

    @Test
    void holdsRequestsUntilSoManyAreUnderWayThenHandlesThemAll() throws Exception {
        sim.faults().onPath("/leads").rate(1.0).holdUntilUnderWay(4, Duration.ofSeconds(20));
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> answered = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String lead = LEAD.replace("a@example.com", "held" + i + "@example.com");
                answered.add(clients.submit(() -> new SimClient(sim).call("POST", "/leads", lead).statusCode()));
            }
            for (Future<Integer> status : answered) {
                assertThat(status.get(20, TimeUnit.SECONDS)).isEqualTo(201);
            }
        } finally {
            clients.shutdownNow();
        }
        assertThat(sim.mostConcurrentRequests()).isEqualTo(4);
        assertThat(sim.leads()).hasSize(4);
    }

    @Test
    void aHeldRequestGoesOnAfterItsLongestWaitWhenTooFewArrive() {
        sim.faults().onPath("/leads").times(1).holdUntilUnderWay(2, Duration.ofMillis(300));

        long started = System.nanoTime();
        HttpResponse<String> response = client.call("POST", "/leads", LEAD);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(sim.mostConcurrentRequests()).isEqualTo(1);
    }

    @Test
    void dropConnectionClosesTheSocketWithoutAnyResponseBytes() throws IOException {
        sim.faults().onPath("/leads").times(1).dropConnection();

        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", sim.port()), 2000);
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /leads HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 2\r\n\r\n{}").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1) {
                received.write(b);
            }
            assertThat(received.size()).as("bytes before EOF").isZero();
        }
        assertThat(sim.journal("/leads")).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(-1));
    }

    @Test
    void dropConnectionAfterHandlingStoresTheLeadButSendsNoAnswer() {
        sim.faults().onPath("/leads").times(1).dropConnectionAfterHandling();

        assertThatThrownBy(() -> client.call("POST", "/leads", LEAD))
                .isInstanceOf(UncheckedIOException.class)
                .hasCauseInstanceOf(IOException.class);
        assertThat(sim.leads()).as("created, although the client never heard of it").hasSize(1);
        assertThat(sim.journal("/leads")).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(-1));
    }

    @Test
    void dropConnectionFailsAnHttpClientCallThenTheNextSucceeds() {
        sim.faults().onPath("/leads").times(1).dropConnection();

        assertThatThrownBy(() -> client.call("POST", "/leads", LEAD))
                .isInstanceOf(UncheckedIOException.class)
                .hasCauseInstanceOf(IOException.class);
        assertThat(client.call("POST", "/leads", LEAD).statusCode()).isEqualTo(201);
    }

    @Test
    void respondsRawForMalformedAnswers() {
        sim.faults().onPath("/leads").times(1).respondRaw(200, "text/html", "<html>oops</html>");

        HttpResponse<String> response = client.call("POST", "/leads", LEAD);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html");
        assertThat(response.body()).isEqualTo("<html>oops</html>");
        assertThat(sim.leads()).isEmpty();
    }

    @Test
    void appliesARateStatisticallyUntilCleared() {
        sim.faults().onPath("/leads/assistant").rate(0.2).respond(503);

        int faulted = 0;
        int requests = 1000;
        for (int i = 0; i < requests; i++) {
            if (client.call("GET", "/leads/assistant", null).statusCode() == 503) {
                faulted++;
            }
        }
        // binomial(1000, 0.2): mean 200, standard deviation about 12.6; 6 deviations either side
        assertThat(faulted).isBetween(125, 275);

        sim.faults().clear();
        for (int i = 0; i < 50; i++) {
            assertThat(client.call("GET", "/leads/assistant", null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void rejectsInvalidRules() {
        assertThatThrownBy(() -> sim.faults().onPath("leads")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sim.faults().onPath("/leads").times(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sim.faults().onPath("/leads").rate(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sim.faults().onPath("/leads").respond(99)).isInstanceOf(IllegalArgumentException.class);
    }
}
