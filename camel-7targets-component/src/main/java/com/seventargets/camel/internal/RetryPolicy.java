package com.seventargets.camel.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ThreadLocalRandom;

import javax.net.ssl.SSLException;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.impl.classic.RequestFailedException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;

/**
 * When a failed call is worth another attempt, and how long to wait first: exponential backoff with jitter from
 * {@code retryDelay}, capped at {@code maxRetryDelay}; a {@code Retry-After} is honoured, and one beyond the cap makes
 * the answer final.
 */
final class RetryPolicy {

    private final int maxRetries;
    private final long retryDelay;
    private final long maxRetryDelay;
    private final boolean retryUncertain;
    private final boolean retryServerError;

    /**
     * @param retryUncertain whether a request that is not idempotent is repeated when it may have reached the
     *                       server (its answer was lost): a read timeout or a connection closed before the answer
     */
    public RetryPolicy(int maxRetries, long retryDelay, long maxRetryDelay, boolean retryUncertain) {
        this(maxRetries, retryDelay, maxRetryDelay, retryUncertain, false);
    }

    private RetryPolicy(int maxRetries, long retryDelay, long maxRetryDelay, boolean retryUncertain,
                        boolean retryServerError) {
        this.maxRetries = maxRetries;
        this.retryDelay = retryDelay;
        this.maxRetryDelay = maxRetryDelay;
        this.retryUncertain = retryUncertain;
        this.retryServerError = retryServerError;
    }

    /**
     * This policy for token requests, which also retries a 500: Cognito documents its InternalErrorException as
     * retryable, and asking for a token twice is harmless. A 500 from the API is not retried: it may be the lead's.
     */
    public RetryPolicy forTokenRequests() {
        return new RetryPolicy(maxRetries, retryDelay, maxRetryDelay, retryUncertain, true);
    }

    /**
     * The wait before attempt {@code attempt + 1} after this answer, or -1 when the answer is final.
     */
    public long delayAfter(int attempt, RawResponse response) {
        if (attempt > maxRetries || !isTransient(response.status())) {
            return -1;
        }
        Long retryAfter = retryAfterMillis(response.headers().get("Retry-After"));
        if (retryAfter == null) {
            return backoff(attempt);
        }
        // a longer wait (a daily quota) would burn the attempts: the route decides what to do meanwhile
        return retryAfter <= maxRetryDelay ? retryAfter : -1;
    }

    /**
     * The wait a 429 asks of every sender of the same credentials, when the retries will make it: its
     * {@code Retry-After}, up to {@code maxRetryDelay}; null otherwise.
     */
    Long sharedWaitAfter(RawResponse response) {
        if (response.status() != 429) {
            return null;
        }
        Long retryAfter = retryAfterMillis(response.headers().get("Retry-After"));
        return retryAfter != null && retryAfter <= maxRetryDelay ? retryAfter : null;
    }

    /**
     * The wait before attempt {@code attempt + 1} after this failure, or -1 when it is not retried.
     */
    public long delayAfter(int attempt, IOException failure, boolean idempotent) {
        if (attempt > maxRetries || !isRetryable(failure, idempotent)) {
            return -1;
        }
        return backoff(attempt);
    }

    /**
     * Why a failure is not retried although retries may remain, or null when it is retried or none remain.
     */
    public String whyNotRetried(int attempt, IOException failure, boolean idempotent) {
        if (failure instanceof SSLException) {
            return "TLS failed, not retried: the server's certificate must be trusted (option sslContextParameters)"
                   + " and name the host of the URL";
        }
        if (failure instanceof ResponseTooLargeException) {
            return "an answer over a limit, not read and not asked for again";
        }
        if (attempt > maxRetries || isRetryable(failure, idempotent)) {
            return null;
        }
        return "not retried: the request may have reached 7Targets; set retryUncertainCreate=true to retry it";
    }

    private boolean isTransient(int status) {
        return status == 429 || status == 502 || status == 503 || status == 504 || retryServerError && status == 500;
    }

    private boolean isRetryable(IOException failure, boolean idempotent) {
        if (failure instanceof SSLException || failure instanceof ResponseTooLargeException) {
            return false; // an untrusted certificate stays untrusted, an endless answer endless
        }
        if (nothingWasSent(failure)) {
            return true;
        }
        return idempotent || retryUncertain;
    }

    /** Whether a request that failed so may have been received (and carried out) by the server. */
    static boolean mayHaveArrived(IOException failure) {
        return !(nothingWasSent(failure) || failure instanceof SSLException || failure instanceof RequestFailedException);
    }

    private static boolean nothingWasSent(IOException failure) {
        return failure instanceof ConnectException || failure instanceof ConnectTimeoutException
               || failure instanceof NoRouteToHostException || failure instanceof UnknownHostException
               || failure instanceof ConnectionRequestTimeoutException;
    }

    private long backoff(int attempt) {
        long exponential = retryDelay << Math.min(attempt - 1, 30);
        long capped = exponential < 0 ? maxRetryDelay : Math.min(exponential, maxRetryDelay);
        // "equal jitter": at least half the delay, so that waits still grow, and spread so callers do not retry in step
        return capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
    }

    /** {@code Retry-After} as seconds or as an HTTP date; null when absent or unreadable. */
    static Long retryAfterMillis(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        try {
            return Math.max(0, Duration.ofSeconds(Long.parseLong(trimmed)).toMillis());
        } catch (NumberFormatException | ArithmeticException e) {
            try {
                Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return Math.max(0, Duration.between(Instant.now(), at).toMillis());
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }
}
