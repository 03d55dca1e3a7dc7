package com.seventargets.camel;

import java.util.List;

import com.seventargets.simulator.RecordedRequest;
import com.seventargets.simulator.SevenTargetsSimulator;
import com.seventargets.simulator.SevenTargetsSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A CamelContext whose {@code seventargets} component is configured, at component level, for a simulator on
 * loopback that the class starts once and resets before each test.
 */
abstract class SevenTargetsTestSupport extends CamelTestSupport {

    static final String ASSISTANT = "assistant1@simulator.7targets.test";

    @RegisterExtension
    static final SevenTargetsSimulatorExtension SIMULATOR = new SevenTargetsSimulatorExtension();

    static SevenTargetsSimulator simulator() {
        return SIMULATOR.simulator();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("seventargets", componentFor(simulator()));
        return context;
    }

    /** The one request the simulator received on {@code path}. */
    static RecordedRequest single(String path) {
        List<RecordedRequest> requests = simulator().journal(path);
        assertThat(requests).as("requests to " + path).hasSize(1);
        return requests.get(0);
    }

    static SevenTargetsComponent componentFor(SevenTargetsSimulator simulator) {
        return configuredFor(simulator, new SevenTargetsComponent());
    }

    /** The component, configured at component level for the simulator. */
    static SevenTargetsComponent configuredFor(SevenTargetsSimulator simulator, SevenTargetsComponent component) {
        SevenTargetsConfiguration configuration = component.getConfiguration();
        configuration.setClientId(simulator.clientId());
        configuration.setClientSecret(simulator.clientSecret());
        configuration.setUserIdentifier(simulator.userIdentifier());
        configuration.setTokenUrl(simulator.tokenUrl());
        configuration.setBaseUrl(simulator.baseUrl());
        configuration.setAssistantEmail(ASSISTANT);
        return component;
    }
}
