package com.seventargets.camel.client;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import org.apache.hc.core5.http.Header;

/**
 * An HTTP answer read whole: status, reason phrase, headers and body.
 */
public record RawResponse(int status, String reason, Header[] headerList, byte[] body) {

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** The headers by name, in any case (the last value wins); made when asked for, as a success needs none. */
    public Map<String, String> headers() {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Header header : headerList) {
            headers.put(header.getName(), header.getValue());
        }
        return headers;
    }

    public boolean hasBody() {
        return body.length > 0;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
