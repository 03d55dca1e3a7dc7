package com.seventargets.camel;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code seventargets} developer console, found as Camel finds it (by name, through the DevConsoleResolver).
 */
class DevConsoleTest extends SevenTargetsTestSupport {

    private static final Duration LATENCY = Duration.ofMillis(20);

    @Override
    protected RouteBuilder createRouteBuilder() {
        return MetricsScenario.route();
    }

    @Test
    void showsTheCountsAndTheTokensStateAsJson() {
        simulator().setLatency(LATENCY);
        MetricsScenario.send(template);

        JsonObject json = (JsonObject) console().call(DevConsole.MediaType.JSON);

        assertThat(json.get("inFlight")).isEqualTo(0);
        assertThat(objects(json, "series"))
                .extracting(series -> series.get("name") + " " + series.get("operation") + " "
                                      + series.get(series.containsKey("reason") ? "reason" : "outcome") + " "
                                      + series.get("count"))
                .containsExactly("seventargets.requests create success 10", "seventargets.invalid create null 2",
                        "seventargets.duplicates create null 1",
                        "seventargets.retries create 429 1", "seventargets.retries create 503 1",
                        "seventargets.token.requests null success 1");
        List<JsonObject> series = objects(json, "series");
        assertThat(((Number) series.get(0).get("totalMillis")).longValue()).as("10 creates, each held 20 ms")
                .isBetween(10 * LATENCY.toMillis(), 600_000L);
        assertThat(series.get(1)).as("a count of no outcome").doesNotContainKeys("outcome", "reason", "totalMillis");
        assertThat(series.get(5)).as("the token's, of no operation").doesNotContainKey("operation");
        List<JsonObject> endpoints = objects(json, "endpoints");
        assertThat(endpoints).hasSize(1);
        assertThat(endpoints.get(0)).containsEntry("endpoint", "seventargets:lead?operation=create")
                .containsEntry("tokenFetches", 1L).containsEntry("lastTokenRefusal", null);
        assertThat(endpoints.get(0).get("tokenValidUntil")).isNotNull();
    }

    @Test
    void showsTheSameAsTextAndNoSecretNorEmail() {
        simulator().setLatency(LATENCY);
        MetricsScenario.send(template);

        String text = (String) console().call(DevConsole.MediaType.TEXT);
        String json = console().call(DevConsole.MediaType.JSON).toString();

        assertThat(text).contains("seventargets.requests operation=create outcome=success: 10 (mean ",
                "seventargets.invalid operation=create: 2\n",
                "seventargets.duplicates operation=create: 1\n", "seventargets.retries operation=create reason=503: 1\n",
                "seventargets.retries operation=create reason=429: 1\n",
                "seventargets.token.requests outcome=success: 1\n",
                "seventargets:lead?operation=create: token valid until ", "fetched 1 times, last refusal null");
        Matcher mean = Pattern.compile("outcome=success: 10 \\(mean ([0-9.]+) ms\\)").matcher(text);
        assertThat(mean.find()).as(text).isTrue();
        assertThat(Double.parseDouble(mean.group(1))).as("each create held 20 ms")
                .isBetween((double) LATENCY.toMillis(), 10_000.0);
        for (String shown : List.of(text, json)) {
            assertThat(shown).doesNotContain(simulator().issuedTokens().get(0), simulator().clientSecret(),
                    simulator().userIdentifier(), "@");
        }
    }

    private static List<JsonObject> objects(JsonObject json, String key) {
        JsonArray array = json.getCollection(key);
        return array.stream().map(JsonObject.class::cast).toList();
    }

    private DevConsole console() {
        DevConsole console = PluginHelper.getDevConsoleResolver(context).resolveDevConsole("seventargets");
        assertThat(console).as("the seventargets console").isNotNull();
        return console;
    }
}
