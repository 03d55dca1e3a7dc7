package com.seventargets.simulator;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The command line of {@link SimulatorMain}, parsed into a simulator builder. */
final class SimulatorOptions {

    static final int DEFAULT_PORT = 8787;
    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s)?");
    private static final Pattern SIZE = Pattern.compile("(\\d{1,12})([kmg])?b?");

    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: java -jar camel-7targets-simulator-<version>-runner.jar [options]",
            "  --port N                      port on 127.0.0.1 (default " + DEFAULT_PORT + ", 0 = a free port)",
            "  --client-id ID                client id the token endpoint accepts (default test-client)",
            "  --client-secret SECRET        client secret the token endpoint accepts (default test-secret)",
            "  --user-identifier VALUE       7ts-user-identifier the API accepts (default test-user)",
            "  --token-lifetime SECONDS      lifetime of issued tokens (default 3600)",
            "  --assistants N                number of seeded assistants (default 12)",
            "  --assistant-list-shape SHAPE  ARRAY, PAGE or PAGE_METADATA (default ARRAY)",
            "  --latency DURATION            how long each API answer is held, e.g. 100ms or 2s (default 0)",
            "  --token-latency DURATION      how long each token answer is held (default 0)",
            "  --max-body-size SIZE          largest request body read, e.g. 512k or 2m; larger is answered 413",
            "                                (default 1m)",
            "  --journal-size SIZE           memory the journal of requests may take; the oldest are dropped",
            "                                beyond it (default 64m)",
            "  --max-leads N                 leads held; beyond it each new lead evicts the oldest (default 100000)",
            "  --max-tokens N                access tokens kept; beyond it the oldest is forgotten (default 10000)",
            "  --threads N                   threads that read and answer requests; waits hold none (default 16)",
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
                case "--latency" -> builder.latency(duration(option, value));
                case "--token-latency" -> builder.tokenLatency(duration(option, value));
                case "--max-body-size" -> builder.maxBodySize(intSize(option, value));
                case "--journal-size" -> builder.journalMaxBytes(size(option, value));
                case "--max-leads" -> builder.maxLeads(number(option, value));
                case "--max-tokens" -> builder.maxTokens(number(option, value));
                case "--threads" -> builder.threads(number(option, value));
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

    /** {@code 100ms}, {@code 2s} or {@code 0}. */
    static Duration duration(String option, String value) {
        Matcher matcher = DURATION.matcher(value.trim().toLowerCase(Locale.ROOT));
        if (!matcher.matches() || matcher.group(2) == null && Long.parseLong(matcher.group(1)) != 0) {
            throw new IllegalArgumentException(option + " needs a duration such as 100ms or 2s, not " + value);
        }
        long amount = Long.parseLong(matcher.group(1));
        return "s".equals(matcher.group(2)) ? Duration.ofSeconds(amount) : Duration.ofMillis(amount);
    }

    /** Bytes: {@code 1048576}, {@code 512k}, {@code 64m} or {@code 1g} (powers of 1,024). */
    static long size(String option, String value) {
        Matcher matcher = SIZE.matcher(value.trim().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException(option + " needs a size such as 512k, 64m or 1048576, not " + value);
        }
        int shift = matcher.group(2) == null ? 0 : 10 * ("kmg".indexOf(matcher.group(2)) + 1);
        long amount = Long.parseLong(matcher.group(1));
        if (amount > Long.MAX_VALUE >> shift) {
            throw new IllegalArgumentException(option + " is too large: " + value);
        }
        return amount << shift;
    }

    private static int intSize(String option, String value) {
        long bytes = size(option, value);
        if (bytes > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(option + " must be under 2g, not " + value);
        }
        return (int) bytes;
    }

    private static AssistantListShape shape(String value) {
        try {
            return AssistantListShape.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--assistant-list-shape must be ARRAY, PAGE or PAGE_METADATA");
        }
    }
}
