package com.seventargets.camel.docs;

import com.seventargets.camel.SevenTargetsComponent;
import com.seventargets.camel.SevenTargetsConfiguration;
import com.seventargets.simulator.RecordedRequest;
import com.seventargets.simulator.SevenTargetsSimulator;
import com.seventargets.simulator.SevenTargetsSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The route test that the testing page shows, as it shows it. */
// tag::route-test[]
class LeadRouteTest extends CamelTestSupport {

    @RegisterExtension
    static final SevenTargetsSimulatorExtension SIMULATOR = new SevenTargetsSimulatorExtension();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        SevenTargetsSimulator simulator = SIMULATOR.simulator();
        SevenTargetsComponent component = new SevenTargetsComponent();
        SevenTargetsConfiguration configuration = component.getConfiguration();
        configuration.setTokenUrl(simulator.tokenUrl());
        configuration.setBaseUrl(simulator.baseUrl());
        configuration.setClientId(simulator.clientId());
        configuration.setClientSecret(simulator.clientSecret());
        configuration.setUserIdentifier(simulator.userIdentifier());
        configuration.setAssistantEmail("assistant1@simulator.7targets.test");
        context.addComponent("seventargets", component);
        return context;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new MyLeadRoutes(); // the routes under test, unchanged
    }

    @Test
    void createsALeadPerRow() {
        template.sendBody("direct:import", "{\"name\":\"Ada\",\"email\":\"ada@example.com\"}");

        assertThat(SIMULATOR.simulator().leadByEmail("ada@example.com")).isPresent();
        RecordedRequest sent = SIMULATOR.simulator().journal("/leads").get(0);
        assertThat(sent.header("7ts-user-identifier")).isEqualTo("test-user");
    }
}
// end::route-test[]
