package com.seventargets.camel.client;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * An HTTP answer read whole: status, reason phrase, headers (names in any case; last value wins; empty for a
 * success, whose headers nothing reads) and body.
 */
public record RawResponse(int status, String reason, Map<String, String> headers, byte[] body) {

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public boolean hasBody() {
        return body.length > 0;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
