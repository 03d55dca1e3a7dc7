package com.seventargets.examples.quarkus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drops the sample CSV shipped with the application into the inbox when the demo simulator stands in for 7Targets
 * ({@code quarkus.camel.seventargets.simulator.enabled=true}), so that a first run shows leads being created.
 */
@ApplicationScoped
public class SampleLeads {

    static final String SAMPLE = "sample/leads.csv";
    private static final Logger LOG = LoggerFactory.getLogger(SampleLeads.class);

    void dropIntoInbox(@Observes StartupEvent event,
                       @ConfigProperty(name = "quarkus.camel.seventargets.simulator.enabled") boolean demo,
                       @ConfigProperty(name = "leads.inbox") Path inbox) throws IOException {
        Path target = inbox.resolve(Path.of(SAMPLE).getFileName());
        if (!demo || Files.exists(target)) {
            return;
        }
        Files.createDirectories(inbox);
        try (InputStream sample = getClass().getClassLoader().getResourceAsStream(SAMPLE)) {
            Files.copy(sample, target);
        }
        LOG.info("Dropped the sample {} into the inbox {}", target.getFileName(), inbox.toAbsolutePath());
    }
}
