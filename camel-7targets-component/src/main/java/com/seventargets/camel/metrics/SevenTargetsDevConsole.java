package com.seventargets.camel.metrics;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.seventargets.camel.SevenTargetsComponent;
import com.seventargets.camel.SevenTargetsEndpoint;
import com.seventargets.camel.auth.AccessTokens;
import com.seventargets.camel.metrics.SevenTargetsStats.Key;
import com.seventargets.camel.metrics.SevenTargetsStats.Tally;
import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;

/**
 * The {@code seventargets} developer console: the component's counts (the series of the Micrometer meters) and the
 * state of each endpoint's token, never the token itself. Endpoints are named by resource and operation only: their
 * other options may hold an e-mail.
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
        SevenTargetsComponent component = component();
        if (component == null) {
            return "No 7Targets component in this CamelContext\n";
        }
        StringBuilder text = new StringBuilder();
        text.append("In flight: ").append(component.getStats().inFlight()).append('\n');
        for (Map.Entry<Key, Tally> series : sortedSeries(component)) {
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
                text.append(String.format(" (mean %.1f ms)", meanMillis(series.getValue())));
            }
            text.append('\n');
        }
        for (SevenTargetsEndpoint endpoint : endpoints()) {
            AccessTokens.State token = endpoint.tokenState();
            text.append(name(endpoint)).append(": token valid until ").append(token.validUntil())
                    .append(", fetched ").append(token.fetches()).append(" times, last refusal ")
                    .append(token.lastRefusal()).append('\n');
        }
        return text.toString();
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        JsonObject root = new JsonObject();
        SevenTargetsComponent component = component();
        if (component == null) {
            return root;
        }
        root.put("inFlight", component.getStats().inFlight());
        JsonArray series = new JsonArray();
        for (Map.Entry<Key, Tally> entry : sortedSeries(component)) {
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
        for (SevenTargetsEndpoint endpoint : endpoints()) {
            AccessTokens.State token = endpoint.tokenState();
            JsonObject one = new JsonObject();
            one.put("endpoint", name(endpoint));
            one.put("tokenValidUntil", token.validUntil() == null ? null : token.validUntil().toString());
            one.put("tokenFetches", token.fetches());
            one.put("lastTokenRefusal", token.lastRefusal());
            endpoints.add(one);
        }
        root.put("endpoints", endpoints);
        return root;
    }

    private SevenTargetsComponent component() {
        return getCamelContext().hasComponent("seventargets") instanceof SevenTargetsComponent component
                ? component : null;
    }

    /** The endpoints of the component whose series are shown, not those of another 7Targets component. */
    private List<SevenTargetsEndpoint> endpoints() {
        SevenTargetsComponent shown = component();
        return getCamelContext().getEndpoints().stream()
                .filter(SevenTargetsEndpoint.class::isInstance).map(SevenTargetsEndpoint.class::cast)
                .filter(endpoint -> endpoint.getComponent() == shown)
                .sorted(Comparator.comparing(SevenTargetsDevConsole::name)).toList();
    }

    private static List<Map.Entry<Key, Tally>> sortedSeries(SevenTargetsComponent component) {
        return component.getStats().snapshot().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(SERIES_ORDER)).toList();
    }

    private static String name(SevenTargetsEndpoint endpoint) {
        return "seventargets:" + endpoint.getResource() + "?operation=" + endpoint.getOperation();
    }

    private static double meanMillis(Tally tally) {
        return tally.count() == 0 ? 0 : tally.totalNanos() / 1e6 / tally.count();
    }
}
