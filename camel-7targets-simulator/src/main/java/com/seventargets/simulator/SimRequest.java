package com.seventargets.simulator;

import com.sun.net.httpserver.Headers;
import java.util.List;
import java.util.Map;

/**
 * One request as read off the wire: what the handlers see.
 *
 * @param tooLarge its body was over the limit, and was not kept ({@code body} is then empty)
 */
record SimRequest(String method, String path, String rawQuery, Headers headers, String body, boolean tooLarge) {

    /** The first value of a request header (case-insensitive), or null. */
    String header(String name) {
        return headers.getFirst(name);
    }

    /** The URL-decoded query parameters. */
    Map<String, List<String>> query() {
        return QueryStrings.parse(rawQuery);
    }
}
