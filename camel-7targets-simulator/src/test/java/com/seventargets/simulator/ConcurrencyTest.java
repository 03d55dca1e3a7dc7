package com.seventargets.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConcurrencyTest {

    @RegisterExtension
    static SevenTargetsSimulatorExtension SIMULATOR = new SevenTargetsSimulatorExtension();

    private static final int CLIENTS = 64;

    @Test
    void servesManyConcurrentClientsWithUniqueIds(SevenTargetsSimulator sim) throws Exception {
        int perClient = 25;
        Set<Long> ids = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int clientNo = c;
                done.add(pool.submit(() -> {
                    SimClient client = new SimClient(sim);
                    for (int i = 0; i < perClient; i++) {
                        HttpResponse<String> response = client.call("POST", "/leads", "{\"name\":\"N\",\"email\":\"c"
                                + clientNo + "-" + i + "@example.com\",\"assistantEmail\":\"assistant1@simulator.7targets.test\"}");
                        assertThat(response.statusCode()).isEqualTo(201);
                        ids.add(SimClient.json(response).get("id").asLong());
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(ids).hasSize(CLIENTS * perClient);
        assertThat(sim.leads()).hasSize(CLIENTS * perClient);
        assertThat(sim.journal("/leads")).hasSize(CLIENTS * perClient);
    }

    @Test
    void delayedRequestsDoNotHoldUpOthers(SevenTargetsSimulator sim) throws Exception {
        // long enough for 64 new clients to connect on a loaded machine (800 ms saw only 21 to 29 of them at once)
        sim.faults().onPath("/leads/assistant").times(CLIENTS).delay(Duration.ofSeconds(5));
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<Integer>> answered = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                answered.add(pool.submit(() -> new SimClient(sim).raw("GET", "/leads/assistant", null).statusCode()));
            }
            for (Future<Integer> status : answered) {
                assertThat(status.get(30, TimeUnit.SECONDS)).isEqualTo(401);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sim.mostConcurrentRequests()).as("every delayed request under way at once").isEqualTo(CLIENTS);
    }
}
