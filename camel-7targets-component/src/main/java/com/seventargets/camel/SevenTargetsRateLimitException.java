package com.seventargets.camel;

import java.time.Duration;
import java.util.Map;

/**
 * 7Targets (or its token endpoint) answered 429, too many requests, after the retries the options allow, or asking
 * for a longer wait than {@code maxRetryDelay} (a daily quota, say), which is not waited for: the exchange fails at
 * once, so that the route can park the message until {@link #getRetryAfter()} has passed.
 */
public class SevenTargetsRateLimitException extends SevenTargetsApiException {

    private final Duration retryAfter;

    /**
     * @param retryAfter how long the answer's {@code Retry-After} asked to wait, or null when it did not say
     */
    public SevenTargetsRateLimitException(String operation, String method, String uri, String statusText,
                                          Map<String, String> responseHeaders, String responseBody, int attempts,
                                          Duration retryAfter, boolean outcomeUnknown) {
        super(operation, method, uri, 429, statusText, responseHeaders, responseBody, attempts,
              retryAfter == null ? "rate limited"
                      : "rate limited: 7Targets asks to wait " + retryAfter.toSeconds() + " s (Retry-After)",
              outcomeUnknown);
        this.retryAfter = retryAfter;
    }

    /**
     * How long 7Targets asked to wait before the next request ({@code Retry-After}), or null when it did not say.
     */
    public Duration getRetryAfter() {
        return retryAfter;
    }
}
