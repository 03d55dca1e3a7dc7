package com.seventargets.camel.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import com.seventargets.camel.SevenTargetsApiException;
import com.seventargets.camel.SevenTargetsRateLimitException;
import org.apache.hc.core5.http.Header;

/**
 * An HTTP answer read whole: status, reason phrase, headers and body.
 */
record RawResponse(int status, String reason, Header[] headerList, byte[] body) {

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

    /**
     * Our exception for this answer, when it is final: {@link SevenTargetsRateLimitException} for a 429.
     *
     * @param why            why a success status is still a failure (a body that is not what the operation
     *                       returns), or null
     * @param outcomeUnknown whether the call may have been carried out all the same
     */
    public SevenTargetsApiException failure(String operation, String method, String uri, int attempts, String why,
                                            boolean outcomeUnknown) {
        Map<String, String> headers = headers();
        Long retryAfter = RetryPolicy.retryAfterMillis(headers.get("Retry-After"));
        if (status == 429) {
            return new SevenTargetsRateLimitException(operation, method, uri, reason, headers, bodyText(), attempts,
                    retryAfter == null ? null : Duration.ofMillis(retryAfter), outcomeUnknown);
        }
        String reasonGiven = why == null && retryAfter != null
                ? "7Targets asks to wait " + retryAfter / 1000 + " s (Retry-After), longer than maxRetryDelay" : why;
        return new SevenTargetsApiException(operation, method, uri, status, reason, headers, bodyText(), attempts,
                reasonGiven, outcomeUnknown);
    }

    public boolean hasBody() {
        return body.length > 0;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
