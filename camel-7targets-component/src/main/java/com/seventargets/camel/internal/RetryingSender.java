package com.seventargets.camel.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.seventargets.camel.SevenTargetsApiException;
import com.seventargets.camel.SevenTargetsConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one retry loop of a call: repeats its attempts as the {@link RetryPolicy} says, waiting in the calling thread
 * between them, logs each attempt at DEBUG, and reports how many attempts it took and whether one may have been
 * carried out unseen. An attempt includes the token request when it needs a token: a token request that fails
 * ({@link TokenEndpoint.Failed}) is a failed attempt like any other, repeated as a request that changes nothing
 * (with the policy's {@linkplain RetryPolicy#forTokenRequests() token rules}), and counts against the same
 * {@code maxRetries}. Every wait of the call ends by its {@link CallDeadline}: a retry that would come after it is
 * not made.
 */
final class RetryingSender {

    private static final Logger LOG = LoggerFactory.getLogger(RetryingSender.class);

    private final RetryPolicy policy;
    private final RetryPolicy tokenPolicy;

    public RetryingSender(RetryPolicy policy) {
        this.policy = policy;
        this.tokenPolicy = policy.forTokenRequests();
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
                delay = response == null || response.isSuccess() ? -1 : policy.delayAfter(number, response);
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
}
