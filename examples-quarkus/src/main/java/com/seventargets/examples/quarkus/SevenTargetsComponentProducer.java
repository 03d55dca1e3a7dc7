package com.seventargets.examples.quarkus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import com.seventargets.camel.SevenTargetsComponent;
import com.seventargets.camel.SevenTargetsConfiguration;
import com.seventargets.simulator.SevenTargetsSimulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code seventargets} component, pointed at the embedded simulator when no credentials are configured. Camel
 * asks for it while it creates the routes, before they start, and applies {@code camel.component.seventargets.*}
 * afterwards, so configured options win over the simulator's defaults.
 */
@ApplicationScoped
public class SevenTargetsComponentProducer {

    private static final Logger LOG = LoggerFactory.getLogger(SevenTargetsComponentProducer.class);

    @Produces
    @Singleton
    @Named("seventargets")
    SevenTargetsComponent sevenTargets(EmbeddedSimulator embedded) {
        SevenTargetsComponent component = new SevenTargetsComponent();
        embedded.start().ifPresent(simulator -> {
            pointAt(simulator, component.getConfiguration());
            LOG.info("No 7Targets credentials configured: using the embedded 7Targets simulator at {}"
                     + " (set SEVENTARGETS_CLIENT_ID, SEVENTARGETS_CLIENT_SECRET and SEVENTARGETS_USER_IDENTIFIER"
                     + " to use 7Targets)", simulator.baseUrl());
        });
        return component;
    }

    private static void pointAt(SevenTargetsSimulator simulator, SevenTargetsConfiguration configuration) {
        configuration.setTokenUrl(simulator.tokenUrl());
        configuration.setBaseUrl(simulator.baseUrl());
        configuration.setClientId(simulator.clientId());
        configuration.setClientSecret(simulator.clientSecret());
        configuration.setUserIdentifier(simulator.userIdentifier());
        configuration.setAssistantEmail(simulator.assistants().get(0).get("emailid").toString());
    }
}
