package com.seventargets.simulator;

import java.time.Duration;
import java.util.Locale;

/** The command line of {@link SimulatorMain}, parsed into a simulator builder. */
final class SimulatorOptions {

    static final int DEFAULT_PORT = 8787;

    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: java -jar camel-7targets-simulator-<version>-runner.jar [options]",
            "  --port N                      port on 127.0.0.1 (default " + DEFAULT_PORT + ", 0 = a free port)",
            "  --client-id ID                client id the token endpoint accepts (default test-client)",
            "  --client-secret SECRET        client secret the token endpoint accepts (default test-secret)",
            "  --user-identifier VALUE       7ts-user-identifier the API accepts (default test-user)",
            "  --token-lifetime SECONDS      lifetime of issued tokens (default 3600)",
            "  --assistants N                number of seeded assistants (default 12)",
            "  --assistant-list-shape SHAPE  ARRAY, PAGE or PAGE_METADATA (default ARRAY)",
            "  --help                        print this help");

    private SimulatorOptions() {
    }

    /**
     * The builder the arguments describe, or null when {@code --help} was asked for.
     *
     * @throws IllegalArgumentException on an unknown option or a bad value
     */
    static SevenTargetsSimulator.Builder parse(String... args) {
        SevenTargetsSimulator.Builder builder = SevenTargetsSimulator.builder().port(DEFAULT_PORT);
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                return null;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Missing value for " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--port" -> builder.port(number(option, value));
                case "--client-id" -> builder.clientId(value);
                case "--client-secret" -> builder.clientSecret(value);
                case "--user-identifier" -> builder.userIdentifier(value);
                case "--token-lifetime" -> builder.tokenLifetime(Duration.ofSeconds(number(option, value)));
                case "--assistants" -> builder.seedAssistants(number(option, value));
                case "--assistant-list-shape" -> builder.assistantListShape(shape(value));
                default -> throw new IllegalArgumentException("Unknown option " + option);
            }
        }
        return builder;
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, not " + value);
        }
    }

    private static AssistantListShape shape(String value) {
        try {
            return AssistantListShape.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--assistant-list-shape must be ARRAY, PAGE or PAGE_METADATA");
        }
    }
}
