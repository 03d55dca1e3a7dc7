package com.seventargets.camel.metrics;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.seventargets.camel.metrics.SevenTargetsStats.EndpointToken;
import com.seventargets.camel.metrics.SevenTargetsStats.Key;
import com.seventargets.camel.metrics.SevenTargetsStats.Tally;
import org.apache.camel.Component;
import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;

/**
 * The {@code seventargets} developer console: the component's counts (the series of the Micrometer meters) and the
 * state of each started endpoint's token, never the token itself, all read from the component's
 * {@link SevenTargetsStats}. Endpoints are named by resource and operation only: their other options may hold an
 * e-mail.
 */
@DevConsole(name = "seventargets", displayName = "7Targets", description = "7Targets calls, retries and tokens")
public class SevenTargetsDevConsole extends AbstractDevConsole {

    private static final Comparator<Key> SERIES_ORDER = Comparator.comparing(Key::kind)
            .thenComparing(Key::operation, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Key::detail, Comparator.nullsFirst(Comparator.naturalOrder()));

    public SevenTargetsDevConsole() {
        super("camel", "seventargets", "7Targets", "7Targets calls, retries and tokens");
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        SevenTargetsStats stats = stats();
        if (stats == null) {
            return "No 7Targets component in this CamelContext\n";
        }
        StringBuilder text = new StringBuilder();
        text.append("In flight: ").append(stats.inFlight()).append('\n');
        for (Map.Entry<Key, Tally> series : sortedSeries(stats)) {
            Key key = series.getKey();
            text.append(key.kind().meterName());
            if (key.operation() != null) {
                text.append(" operation=").append(key.operation());
            }
            if (key.detail() != null) {
                text.append(key.kind() == SevenTargetsStats.Kind.RETRIES ? " reason=" : " outcome=").append(key.detail());
            }
            text.append(": ").append(series.getValue().count());
            if (key.kind() == SevenTargetsStats.Kind.REQUESTS) {
                text.append(String.format(Locale.ROOT, " (mean %.1f ms)", meanMillis(series.getValue())));
            }
            text.append('\n');
        }
        for (EndpointToken endpoint : stats.endpointTokens()) {
            SevenTargetsStats.TokenState token = endpoint.token();
            text.append(endpoint.endpoint()).append(": token valid until ").append(token.validUntil())
                    .append(", fetched ").append(token.fetches()).append(" times, last refusal ")
                    .append(token.lastRefusal()).append('\n');
        }
        return text.toString();
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        JsonObject root = new JsonObject();
        SevenTargetsStats stats = stats();
        if (stats == null) {
            return root;
        }
        root.put("inFlight", stats.inFlight());
        JsonArray series = new JsonArray();
        for (Map.Entry<Key, Tally> entry : sortedSeries(stats)) {
            JsonObject one = new JsonObject();
            Key key = entry.getKey();
            one.put("name", key.kind().meterName());
            if (key.operation() != null) {
                one.put("operation", key.operation());
            }
            if (key.detail() != null) {
                one.put(key.kind() == SevenTargetsStats.Kind.RETRIES ? "reason" : "outcome", key.detail());
            }
            one.put("count", entry.getValue().count());
            if (key.kind() == SevenTargetsStats.Kind.REQUESTS) {
                one.put("totalMillis", entry.getValue().totalNanos() / 1_000_000);
            }
            series.add(one);
        }
        root.put("series", series);
        JsonArray endpoints = new JsonArray();
        for (EndpointToken endpoint : stats.endpointTokens()) {
            SevenTargetsStats.TokenState token = endpoint.token();
            JsonObject one = new JsonObject();
            one.put("endpoint", endpoint.endpoint());
            one.put("tokenValidUntil", token.validUntil() == null ? null : token.validUntil().toString());
            one.put("tokenFetches", token.fetches());
            one.put("lastTokenRefusal", token.lastRefusal());
            endpoints.add(one);
        }
        root.put("endpoints", endpoints);
        return root;
    }

    /** The stats of the component named {@code seventargets}, as it offers them, or null when there is none. */
    private SevenTargetsStats stats() {
        Component component = getCamelContext().hasComponent("seventargets");
        return component == null ? null : component.getExtension(SevenTargetsStats.class).orElse(null);
    }

    private static List<Map.Entry<Key, Tally>> sortedSeries(SevenTargetsStats stats) {
        return stats.snapshot().entrySet().stream().sorted(Map.Entry.comparingByKey(SERIES_ORDER)).toList();
    }

    private static double meanMillis(Tally tally) {
        return tally.count() == 0 ? 0 : tally.totalNanos() / 1e6 / tally.count();
    }
}
