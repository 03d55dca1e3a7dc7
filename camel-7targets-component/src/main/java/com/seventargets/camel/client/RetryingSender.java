package com.seventargets.camel.client;

import java.io.IOException;
import java.time.Duration;

import com.seventargets.camel.SevenTargetsApiException;
import com.seventargets.camel.SevenTargetsConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repeats a call as the {@link RetryPolicy} says, waiting in the calling thread between attempts, logs each attempt
 * at DEBUG, and reports how many attempts it took.
 */
public final class RetryingSender {

    private static final Logger LOG = LoggerFactory.getLogger(RetryingSender.class);

    private final RetryPolicy policy;
    private final boolean changesState;

    /**
     * @param changesState whether the requests may change something at 7Targets, so that a lost answer leaves the
     *                     outcome unknown (false for token requests)
     */
    public RetryingSender(RetryPolicy policy, boolean changesState) {
        this.policy = policy;
        this.changesState = changesState;
    }

    /** Sends a request once. */
    @FunctionalInterface
    public interface Attempt {
        RawResponse send() throws IOException, SevenTargetsApiException;
    }

    /** The last answer (a success, a final failure, or the last transient failure) and the attempts made. */
    public record Outcome(RawResponse response, int attempts) {
    }

    /**
     * @param  description                    what is sent, for log lines and errors, such as {@code create: POST /leads}
     * @param  idempotent                     whether repeating the request is harmless even if it reached 7Targets
     * @throws SevenTargetsConnectionException when no answer came after the attempts the policy allows, or the
     *                                        thread was interrupted while it waited to retry
     */
    public Outcome send(String description, boolean idempotent, Attempt attempt) throws IOException, SevenTargetsApiException {
        for (int number = 1;; number++) {
            long started = System.nanoTime();
            RawResponse response = null;
            IOException failure = null;
            long delay;
            try {
                response = attempt.send();
                delay = response.isSuccess() ? -1 : policy.delayAfter(number, response);
                if (LOG.isDebugEnabled()) { // the arguments would cost every message
                    LOG.debug("7Targets {} (attempt {}) answered {} in {} ms{}", description, number, response.status(),
                            millisSince(started), delay < 0 ? "" : ", retrying in " + delay + " ms");
                }
                if (delay < 0) {
                    return new Outcome(response, number);
                }
            } catch (SevenTargetsConnectionException e) {
                throw e; // already retried: the token request's
            } catch (IOException e) {
                failure = e;
                if (Thread.currentThread().isInterrupted()) { // HttpClient says so with an InterruptedIOException
                    throw connectionFailure(description, number, "interrupted", failure);
                }
                delay = policy.delayAfter(number, failure, idempotent);
                if (LOG.isDebugEnabled()) {
                    LOG.debug("7Targets {} (attempt {}) failed after {} ms: {}{}", description, number,
                            millisSince(started), failure, delay < 0 ? "" : ", retrying in " + delay + " ms");
                }
                if (delay < 0) {
                    throw connectionFailure(description, number, policy.whyNotRetried(number, failure, idempotent),
                            failure);
                }
            }
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                // nothing is under way: the last answer is final
                Thread.currentThread().interrupt();
                if (failure != null) {
                    throw connectionFailure(description, number, "interrupted before retrying", failure);
                }
                return new Outcome(response, number);
            }
        }
    }

    private SevenTargetsConnectionException connectionFailure(String description, int attempts, String note,
                                                              IOException failure) {
        return new SevenTargetsConnectionException(description, attempts, note, failure,
                changesState && RetryPolicy.mayHaveArrived(failure));
    }

    private static long millisSince(long started) {
        return Duration.ofNanos(System.nanoTime() - started).toMillis();
    }
}
