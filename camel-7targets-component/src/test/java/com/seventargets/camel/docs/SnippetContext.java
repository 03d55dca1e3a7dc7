package com.seventargets.camel.docs;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import com.seventargets.camel.SevenTargetsComponent;
import com.seventargets.camel.SevenTargetsConfiguration;
import com.seventargets.simulator.SevenTargetsSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.component.file.FileComponent;
import org.apache.camel.component.file.GenericFileEndpoint;
import org.apache.camel.component.stub.StubComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.PropertiesFunction;

/**
 * A CamelContext in which a route from the docs runs as written, against the simulator: the {@code seventargets}
 * component is configured for it at component level (as the pages tell users to do), {@code kafka:} and {@code jms:}
 * are stand-ins that queue in memory, {@code file:} paths are relative to a directory of the test, and the
 * placeholders the pages use ({@code {{env:SEVENTARGETS_CLIENT_ID}}}, {@code {{seventargets.clientId}}},
 * {@code {{camel.component.seventargets.client-id}}}) resolve to the simulator's values.
 */
final class SnippetContext {

    static final String ASSISTANT = "assistant1@simulator.7targets.test";

    private SnippetContext() {
    }

    static CamelContext create(SevenTargetsSimulator simulator, Path files) {
        CamelContext context = new DefaultCamelContext();
        // a timer route may still be under way once the snippet has shown it works: do not wait 45 s for it
        context.getShutdownStrategy().setTimeout(2);
        context.addComponent("seventargets", configuredFor(simulator, new SevenTargetsComponent()));
        context.addComponent("kafka", new StubComponent());
        context.addComponent("jms", new StubComponent());
        context.addComponent("file", new FileComponentIn(files));
        Map<String, String> values = values(simulator);
        Properties properties = new Properties();
        properties.putAll(values);
        context.getPropertiesComponent().setInitialProperties(properties);
        context.getPropertiesComponent().addPropertiesFunction(new SimulatorEnvironment(values));
        return context;
    }

    /** The component, configured at component level for the simulator, as the testing page shows. */
    static SevenTargetsComponent configuredFor(SevenTargetsSimulator simulator, SevenTargetsComponent component) {
        SevenTargetsConfiguration configuration = component.getConfiguration();
        configuration.setTokenUrl(simulator.tokenUrl());
        configuration.setBaseUrl(simulator.baseUrl());
        configuration.setClientId(simulator.clientId());
        configuration.setClientSecret(simulator.clientSecret());
        configuration.setUserIdentifier(simulator.userIdentifier());
        configuration.setAssistantEmail(ASSISTANT);
        return component;
    }

    /** Every name under which the pages refer to a credential or URL, with the simulator's value. */
    static Map<String, String> values(SevenTargetsSimulator simulator) {
        return Map.ofEntries(
                Map.entry("SEVENTARGETS_CLIENT_ID", simulator.clientId()),
                Map.entry("SEVENTARGETS_CLIENT_SECRET", simulator.clientSecret()),
                Map.entry("SEVENTARGETS_USER_IDENTIFIER", simulator.userIdentifier()),
                Map.entry("SEVENTARGETS_ASSISTANT_EMAIL", ASSISTANT),
                Map.entry("SEVENTARGETS_TOKEN_URL", simulator.tokenUrl()),
                Map.entry("SEVENTARGETS_BASE_URL", simulator.baseUrl()),
                Map.entry("seventargets.clientId", simulator.clientId()),
                Map.entry("seventargets.clientSecret", simulator.clientSecret()),
                Map.entry("seventargets.userIdentifier", simulator.userIdentifier()),
                Map.entry("camel.component.seventargets.client-id", simulator.clientId()),
                Map.entry("camel.component.seventargets.client-secret", simulator.clientSecret()),
                Map.entry("camel.component.seventargets.user-identifier", simulator.userIdentifier()),
                Map.entry("camel.component.seventargets.token-url", simulator.tokenUrl()),
                Map.entry("camel.component.seventargets.base-url", simulator.baseUrl()),
                // a Kamelet's defaults are 7Targets' URLs: in a test, the simulator's
                Map.entry("camel.kamelet.seventargets-lead-sink.tokenUrl", simulator.tokenUrl()),
                Map.entry("camel.kamelet.seventargets-lead-sink.baseUrl", simulator.baseUrl()));
    }

    /** {@code {{env:NAME}}} as if the pages' environment variables were set to the simulator's values. */
    private record SimulatorEnvironment(Map<String, String> values) implements PropertiesFunction {

        @Override
        public String getName() {
            return "env";
        }

        @Override
        public String apply(String remainder) {
            String name = remainder.contains(":") ? remainder.substring(0, remainder.indexOf(':')) : remainder;
            String value = values.get(name);
            if (value == null) {
                throw new IllegalArgumentException("No test value for the environment variable " + name);
            }
            return value;
        }
    }

    /** {@code file:} with its paths inside a directory of the test. */
    private static final class FileComponentIn extends FileComponent {

        private final Path directory;

        FileComponentIn(Path directory) {
            this.directory = directory;
        }

        @Override
        protected GenericFileEndpoint<java.io.File> buildFileEndpoint(String uri, String remaining,
                Map<String, Object> parameters) throws Exception {
            return super.buildFileEndpoint(uri, directory.resolve(remaining).toString(), parameters);
        }
    }
}
