package com.seventargets.camel.quarkus;

import java.util.List;

import com.seventargets.camel.SevenTargetsConfiguration;
import com.seventargets.simulator.SevenTargetsSimulator;

/** The component's properties that point it at a 7Targets simulator, and the credentials production needs. */
public final class SimulatorSettings {

    /** The prefix of the component's options in the configuration. */
    public static final String PREFIX = "camel.component.seventargets.";
    public static final String TOKEN_URL = PREFIX + "token-url";
    public static final String BASE_URL = PREFIX + "base-url";
    public static final String CLIENT_ID = PREFIX + "client-id";
    public static final String CLIENT_SECRET = PREFIX + "client-secret";
    public static final String USER_IDENTIFIER = PREFIX + "user-identifier";
    public static final String ASSISTANT_EMAIL = PREFIX + "assistant-email";

    /** The three credentials, in the order the messages name them. */
    public static final List<String> CREDENTIALS = List.of(CLIENT_ID, CLIENT_SECRET, USER_IDENTIFIER);

    private SimulatorSettings() {
    }

    /** The e-mail of the simulator's first assistant: the assistant of leads that name none. */
    public static String firstAssistantEmail(SevenTargetsSimulator simulator) {
        return simulator.assistants().get(0).get("emailid").toString();
    }

    /** Points a component's configuration at the simulator: its URLs, its credentials and its first assistant. */
    public static void pointAt(SevenTargetsConfiguration configuration, SevenTargetsSimulator simulator) {
        configuration.setTokenUrl(simulator.tokenUrl());
        configuration.setBaseUrl(simulator.baseUrl());
        configuration.setClientId(simulator.clientId());
        configuration.setClientSecret(simulator.clientSecret());
        configuration.setUserIdentifier(simulator.userIdentifier());
        configuration.setAssistantEmail(firstAssistantEmail(simulator));
    }

    /** The environment variable that sets a property, by MicroProfile Config's rule. */
    public static String environmentVariable(String property) {
        return property.toUpperCase().replaceAll("[^A-Z0-9]", "_");
    }
}
