package com.seventargets.examples.quarkus;

import com.seventargets.simulator.SevenTargetsSimulator;
import org.junit.jupiter.api.BeforeEach;

/**
 * A test of the application against the {@link SimulatorResource}'s simulator, which every test starts with empty:
 * no leads, faults, journal or tokens (the application's first call then gets 401 and fetches a new token).
 */
abstract class SimulatorTest {

    SevenTargetsSimulator simulator;

    @BeforeEach
    void resetSimulator() {
        simulator.reset();
    }

    /** How many times a lead with this e-mail was posted with a valid token (the 401 after the reset is not one). */
    long postsOf(String email) {
        return simulator.journal("/leads").stream()
                .filter(request -> request.method().equals("POST") && request.status() != 401
                                   && request.body().contains(email))
                .count();
    }
}
