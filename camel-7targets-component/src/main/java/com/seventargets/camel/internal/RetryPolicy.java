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
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLException;

import com.seventargets.camel.SevenTargetsApiException;
import com.seventargets.camel.SevenTargetsConnectionException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.impl.classic.RequestFailedException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The retries of a call, and its one retry loop. Which failures are worth another attempt and how long to wait first:
 * exponential backoff with jitter from {@code retryDelay}, capped at {@code maxRetryDelay}; a {@code Retry-After} is
 * honoured, and one beyond the cap makes the answer final. {@link #send} repeats a call's attempts so, waiting in the
 * calling thread between them, logs each attempt at DEBUG, and reports how many attempts it took and whether one may
 * have been carried out unseen.
 * <p>
 * An attempt includes the token request when it needs a token: a token request that fails
 * ({@link TokenEndpoint.Failed}) is a failed attempt like any other, repeated as a request that changes nothing (with
 * the {@linkplain #tokenPolicy token rules}), and counts against the same {@code maxRetries}. Every wait of the
 * call ends by its {@link CallDeadline}: a retry that would come after it is not made.
 */
final class RetryPolicy {

    private static final Logger LOG = LoggerFactory.getLogger(RetryPolicy.class);

    private final int maxRetries;
    private final long retryDelay;
    private final long maxRetryDelay;
    private final boolean retryUncertain;
    private final boolean retryServerError;
    /**
     * This policy for the token requests of a call's attempts, which also retries a 500: Cognito documents its
     * InternalErrorException as retryable, and asking for a token twice is harmless. A 500 from the API is not
     * retried: it may be the lead's.
     */
    private final RetryPolicy tokenPolicy;

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
        this.tokenPolicy = retryServerError ? this
                : new RetryPolicy(maxRetries, retryDelay, maxRetryDelay, retryUncertain, true);
    }

    /** Sends a request once, after getting a token if it needs one. */
    @FunctionalInterface
    public interface Attempt {
        /** The answer, or null when the attempt only needed the token. */
        RawResponse send() throws IOException, SevenTargetsApiException;

        /** Told before each repeated attempt: why (the status code, or {@code io}). */
        default void willRetry(String reason) {
        }
    }

    /**
     * The last answer (a success, a final failure, or the last transient failure), the attempts made, whether an
     * earlier attempt, whose answer was lost, may have been carried out, and why a transient failure was not retried
     * (null when that is plain).
     */
    public record Outcome(RawResponse response, int attempts, boolean outcomeUnknown, String whyNotRetried) {
    }

    /**
     * Makes a call's attempts until one answers for good, none is left, or the deadline comes.
     *
     * @param  description                    what is sent, for log lines and errors, such as {@code create: POST /leads}
     * @throws SevenTargetsConnectionException when no answer came after the attempts the policy allows or before the
     *                                        deadline, or the thread was interrupted while it waited to retry
     * @throws SevenTargetsApiException        when the token endpoint's last answer was a failure
     */
    public Outcome send(String description, RequestEffect effect, CallDeadline deadline, Attempt attempt)
            throws IOException, SevenTargetsApiException {
        boolean mayHaveBeenDone = false;
        for (int number = 1;; number++) {
            long started = System.nanoTime();
            RawResponse response = null;
            IOException failure = null;
            long delay;
            try {
                response = attempt.send();
                delay = response == null || response.isSuccess() ? -1 : delayAfter(number, response);
                if (LOG.isDebugEnabled() && response != null) { // the arguments would cost every message
                    LOG.debug("7Targets {} (attempt {}) answered {} in {} ms{}", description, number, response.status(),
                            millisSince(started), delay < 0 ? "" : ", retrying in " + delay + " ms");
                }
                if (delay < 0) {
                    return new Outcome(response, number, mayHaveBeenDone, null);
                }
            } catch (CallDeadline.Passed e) {
                throw new SevenTargetsConnectionException(description, number, e.getMessage(), e,
                        mayHaveBeenDone || effect.changesState() && e.requestInFlight());
            } catch (TokenEndpoint.Failed e) {
                failure = e;
                delay = e.answer() != null ? tokenPolicy.delayAfter(number, e.answer())
                        : tokenPolicy.delayAfter(number, e.ioFailure(), true);
                LOG.debug("7Targets {} (attempt {}) failed: {}{}", description, number, e,
                        delay < 0 ? "" : ", retrying in " + delay + " ms");
                if (delay < 0 && e.answer() != null) {
                    throw e.answerFailure(number, null, mayHaveBeenDone);
                }
                if (delay < 0) {
                    throw new SevenTargetsConnectionException(e.description(), number,
                            tokenPolicy.whyNotRetried(number, e.ioFailure(), true), e.ioFailure(), mayHaveBeenDone);
                }
            } catch (IOException e) {
                failure = e;
                mayHaveBeenDone |= effect.changesState() && mayHaveArrived(failure);
                if (Thread.currentThread().isInterrupted()) { // HttpClient says so with an InterruptedIOException
                    throw new SevenTargetsConnectionException(description, number, "interrupted", failure,
                            mayHaveBeenDone);
                }
                delay = delayAfter(number, failure, effect.isIdempotent());
                if (LOG.isDebugEnabled()) {
                    LOG.debug("7Targets {} (attempt {}) failed after {} ms: {}{}", description, number,
                            millisSince(started), failure, delay < 0 ? "" : ", retrying in " + delay + " ms");
                }
                if (delay < 0) {
                    throw new SevenTargetsConnectionException(description, number,
                            whyNotRetried(number, failure, effect.isIdempotent()), failure, mayHaveBeenDone);
                }
            }
            if (deadline.endsBefore(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(delay))) {
                String why = deadline.passed("before the retry in " + delay + " ms", false).getMessage();
                if (failure instanceof TokenEndpoint.Failed tokenFailure) {
                    if (tokenFailure.answer() != null) {
                        throw tokenFailure.answerFailure(number, why, mayHaveBeenDone);
                    }
                    throw new SevenTargetsConnectionException(tokenFailure.description(), number, why,
                            tokenFailure.ioFailure(), mayHaveBeenDone);
                }
                if (failure != null) {
                    throw new SevenTargetsConnectionException(description, number, why, failure, mayHaveBeenDone);
                }
                return new Outcome(response, number, mayHaveBeenDone, why);
            }
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                // nothing is under way: the last answer is final
                Thread.currentThread().interrupt();
                if (failure != null) {
                    throw new SevenTargetsConnectionException(description, number, "interrupted before retrying",
                            failure, mayHaveBeenDone);
                }
                return new Outcome(response, number, mayHaveBeenDone, null);
            }
            if (!(failure instanceof TokenEndpoint.Failed)) { // the retries counted are the API's
                attempt.willRetry(failure != null ? "io" : Integer.toString(response.status()));
            }
        }
    }

    private static long millisSince(long started) {
        return Duration.ofNanos(System.nanoTime() - started).toMillis();
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
