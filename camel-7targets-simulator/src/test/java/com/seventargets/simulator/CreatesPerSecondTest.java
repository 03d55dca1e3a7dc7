package com.seventargets.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CreatesPerSecondTest extends SimulatorClientTest {

    @RegisterExtension
    static SevenTargetsSimulatorExtension SIMULATOR = new SevenTargetsSimulatorExtension();

    private static final String LEAD = "{\"name\":\"Ada\",\"email\":\"%s@example.com\","
            + "\"assistantEmail\":\"assistant1@simulator.7targets.test\"}";

    private final AtomicLong clock = new AtomicLong(1_000_000_500L);
    private final CreatesPerSecond counts = new CreatesPerSecond(clock::get);

    @Test
    void countsEachSecondOfTheClockWithQuietSecondsAsZero() {
        counts.arrived();
        clock.addAndGet(499); // still the same second
        counts.arrived();
        clock.addAndGet(1); // the next one
        counts.arrived();
        clock.addAndGet(2000); // one quiet second between
        counts.arrived();

        assertThat(counts.snapshot()).containsExactly(2L, 1L, 0L, 1L);
    }

    @Test
    void keepsTheLastHourOnlyAndReusesItsSlots() {
        counts.arrived();
        counts.arrived();
        clock.addAndGet(CreatesPerSecond.SECONDS * 1000L); // the same slot, an hour later
        counts.arrived();

        List<Long> perSecond = counts.snapshot();
        assertThat(perSecond).hasSize(CreatesPerSecond.SECONDS);
        assertThat(perSecond.get(perSecond.size() - 1)).as("the slot counts its new second only").isEqualTo(1);
        assertThat(perSecond.subList(0, perSecond.size() - 1)).containsOnly(0L);
    }

    @Test
    void clearForgetsEverySecond() {
        counts.arrived();
        counts.clear();
        assertThat(counts.snapshot()).isEmpty();
        clock.addAndGet(3000);
        counts.arrived();
        assertThat(counts.snapshot()).containsExactly(1L);
    }

    @Test
    void simulatorCountsEveryCreateItReceivesAndNothingElse() {
        for (int i = 0; i < 5; i++) {
            client.call("POST", "/leads", LEAD.formatted("lead" + i));
        }
        client.raw("POST", "/leads", LEAD.formatted("nobody")); // no token: 401, a create received all the same
        client.call("PUT", "/leads", "{\"email\":\"lead1@example.com\",\"phone\":\"+1\"}");
        client.call("GET", "/leads/assistant", null);

        List<Long> perSecond = sim.createsPerSecond();
        assertThat(perSecond.stream().mapToLong(Long::longValue).sum()).isEqualTo(6);
        assertThat(perSecond.get(0)).as("the first second has a create").isPositive();
        assertThat(perSecond.get(perSecond.size() - 1)).as("so has the last").isPositive();

        sim.reset();
        assertThat(sim.createsPerSecond()).isEqualTo(Collections.emptyList());
    }
}
