package com.seventargets.benchmarks;

import com.seventargets.camel.SevenTargetsComponent;
import com.seventargets.camel.SevenTargetsConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.model.RouteDefinition;

/**
 * (a) The component: {@code to("seventargets:lead?operation=create")}, configured on the component only. The call
 * is made in the sender's thread; the connection pool is the one limit.
 */
final class ComponentClient extends CamelLeadClient {

    @Override
    void configure(CamelContext context, Target target, int connections) {
        SevenTargetsComponent component = new SevenTargetsComponent();
        SevenTargetsConfiguration configuration = component.getConfiguration();
        configuration.setClientId(target.clientId());
        configuration.setClientSecret(target.clientSecret());
        configuration.setUserIdentifier(target.userIdentifier());
        configuration.setTokenUrl(target.tokenUrl());
        configuration.setBaseUrl(target.baseUrl());
        configuration.setAssistantEmail(target.assistantEmail());
        if (connections > 0) {
            configuration.setConnectionsPerRoute(connections);
            configuration.setMaxTotalConnections(connections);
        }
        context.addComponent("seventargets", component);
    }

    @Override
    void route(RouteDefinition route, Target target) {
        route.to("seventargets:lead?operation=create");
    }
}
