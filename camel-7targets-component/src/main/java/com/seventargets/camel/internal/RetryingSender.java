package com.seventargets.camel.internal;

import java.io.IOException;
import java.time.Duration;

import com.seventargets.camel.SevenTargetsApiException;
import com.seventargets.camel.SevenTargetsConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repeats a call as the {@link RetryPolicy} says, waiting in the calling thread between attempts, logs each attempt
 * at DEBUG, and reports how many attempts it took and whether one may have been carried out unseen.
 */
final class RetryingSender {

    private static final Logger LOG = LoggerFactory.getLogger(RetryingSender.class);

    private final RetryPolicy policy;

    public RetryingSender(RetryPolicy policy) {
        this.policy = policy;
    }

    /** Sends a request once. */
    @FunctionalInterface
    public interface Attempt {
        RawResponse send() throws IOException, SevenTargetsApiException;

        /** Told before each repeated attempt: why (the status code, or {@code io}). */
        default void willRetry(String reason) {
        }
    }

    /**
     * The last answer (a success, a final failure, or the last transient failure), the attempts made, and whether an
     * earlier attempt, whose answer was lost, may have been carried out.
     */
    public record Outcome(RawResponse response, int attempts, boolean outcomeUnknown) {
    }

    /**
     * @param  description                    what is sent, for log lines and errors, such as {@code create: POST /leads}
     * @throws SevenTargetsConnectionException when no answer came after the attempts the policy allows, or the
     *                                        thread was interrupted while it waited to retry
     */
    public Outcome send(String description, RequestEffect effect, Attempt attempt)
            throws IOException, SevenTargetsApiException {
        boolean mayHaveBeenDone = false;
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
                    return new Outcome(response, number, mayHaveBeenDone);
                }
            } catch (SevenTargetsConnectionException e) {
                throw e; // already retried: the token request's
            } catch (IOException e) {
                failure = e;
                mayHaveBeenDone |= effect.changesState() && RetryPolicy.mayHaveArrived(failure);
                if (Thread.currentThread().isInterrupted()) { // HttpClient says so with an InterruptedIOException
                    throw new SevenTargetsConnectionException(description, number, "interrupted", failure,
                            mayHaveBeenDone);
                }
                delay = policy.delayAfter(number, failure, effect.isIdempotent());
                if (LOG.isDebugEnabled()) {
                    LOG.debug("7Targets {} (attempt {}) failed after {} ms: {}{}", description, number,
                            millisSince(started), failure, delay < 0 ? "" : ", retrying in " + delay + " ms");
                }
                if (delay < 0) {
                    throw new SevenTargetsConnectionException(description, number,
                            policy.whyNotRetried(number, failure, effect.isIdempotent()), failure, mayHaveBeenDone);
                }
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
                return new Outcome(response, number, mayHaveBeenDone);
            }
            attempt.willRetry(failure != null ? "io" : Integer.toString(response.status()));
        }
    }

    private static long millisSince(long started) {
        return Duration.ofNanos(System.nanoTime() - started).toMillis();
    }
}
