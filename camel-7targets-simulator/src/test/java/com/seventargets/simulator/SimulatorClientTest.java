package com.seventargets.simulator;

import org.junit.jupiter.api.BeforeEach;

/**
 * A test that talks to its class's simulator (registered by the subclass with its extension) through a
 * {@link SimClient}.
 */
abstract class SimulatorClientTest {

    protected SevenTargetsSimulator sim;
    protected SimClient client;

    @BeforeEach
    void connect(SevenTargetsSimulator sim) {
        this.sim = sim;
        this.client = new SimClient(sim);
    }
}
