package com.seventargets.benchmarks;

import com.seventargets.camel.SevenTargetsComponent;
import com.seventargets.camel.SevenTargetsConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.model.RouteDefinition;

/**
 * (a) The component: {@code to("seventargets:lead?operation=create")}, configured on the component only; or the
 * same with {@code continueOnIoThread=true} (the route goes on in the I/O thread rather than the worker pool), or
 * with {@code synchronous=true} (the call is made in the sender's thread).
 */
final class ComponentClient extends CamelLeadClient {

    /** Which threading option the component gets. */
    enum Mode { DEFAULT, CONTINUE_ON_IO_THREAD, SYNCHRONOUS }

    private final Mode mode;

    ComponentClient(Mode mode) {
        this.mode = mode;
    }

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
        configuration.setContinueOnIoThread(mode == Mode.CONTINUE_ON_IO_THREAD);
        configuration.setSynchronous(mode == Mode.SYNCHRONOUS);
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
