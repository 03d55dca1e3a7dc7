package com.seventargets.simulator;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One request the simulator received, as recorded in its journal.
 *
 * @param method     the HTTP method
 * @param path       the request path, e.g. {@code /leads}
 * @param query      the raw query string, or null
 * @param headers    the request headers; lookups ignore case
 * @param body       the request body as UTF-8 text (empty when none)
 * @param status     the status answered, -1 if the connection was dropped, 0 while still being handled
 * @param receivedAt when the request was read (before any delay a fault adds)
 */
public record RecordedRequest(String method, String path, String query, Map<String, List<String>> headers,
                              String body, int status, Instant receivedAt) {

    /** The first value of a header (case-insensitive), or null. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The query parameters, URL-decoded, first value of each. */
    public Map<String, String> queryParams() {
        Map<String, String> params = new LinkedHashMap<>();
        QueryStrings.parse(query).forEach((name, values) -> params.put(name, values.get(0)));
        return params;
    }
}
