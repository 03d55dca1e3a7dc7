package com.seventargets.benchmarks;

import com.seventargets.simulator.SevenTargetsSimulator;

/** Where and as whom the clients create leads: the simulator's URLs and test credentials. */
record Target(String baseUrl, String tokenUrl, String clientId, String clientSecret, String userIdentifier,
        String assistantEmail) {

    /** The first assistant the simulator seeds. */
    static final String ASSISTANT = "assistant1@simulator.7targets.test";

    static Target of(SevenTargetsSimulator simulator) {
        return new Target(simulator.baseUrl(), simulator.tokenUrl(), simulator.clientId(), simulator.clientSecret(),
                simulator.userIdentifier(), ASSISTANT);
    }

    /** The create endpoint, {@code baseUrl + "/leads"}. */
    String leadsUrl() {
        return baseUrl + "/leads";
    }
}
