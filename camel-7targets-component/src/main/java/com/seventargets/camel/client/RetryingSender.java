package com.seventargets.camel.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;

import com.seventargets.camel.SevenTargetsApiException;
import com.seventargets.camel.SevenTargetsConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repeats a call as the {@link RetryPolicy} says, waiting between attempts, logs each attempt at DEBUG, and reports
 * how many attempts it took.
 */
public final class RetryingSender {

    private static final Logger LOG = LoggerFactory.getLogger(RetryingSender.class);

    private final RetryPolicy policy;

    public RetryingSender(RetryPolicy policy) {
        this.policy = policy;
    }

    /** One attempt: an HTTP exchange that answers or fails. */
    @FunctionalInterface
    public interface Attempt {
        RawResponse send() throws IOException, SevenTargetsApiException;
    }

    /** The last answer (a success, a final failure, or the last transient failure) and the attempts made. */
    public record Outcome(RawResponse response, int attempts) {
    }

    /**
     * @param  description                     what is sent, for log lines and errors, such as
     *                                         {@code create: POST /leads}
     * @param  idempotent                      whether repeating the request is harmless even if it reached 7Targets
     * @throws SevenTargetsConnectionException when no answer came, after the attempts the policy allows
     */
    public Outcome send(String description, boolean idempotent, Attempt attempt)
            throws IOException, SevenTargetsApiException {
        for (int number = 1;; number++) {
            long started = System.nanoTime();
            long delay;
            try {
                RawResponse response = attempt.send();
                delay = response.isSuccess() ? -1 : policy.delayAfter(number, response);
                LOG.debug("7Targets {} (attempt {}) answered {} in {} ms{}", description, number, response.status(),
                        millisSince(started), delay < 0 ? "" : ", retrying in " + delay + " ms");
                if (delay < 0) {
                    return new Outcome(response, number);
                }
            } catch (SevenTargetsConnectionException e) {
                throw e; // the token endpoint's own attempts are spent
            } catch (IOException e) {
                delay = policy.delayAfter(number, e, idempotent);
                LOG.debug("7Targets {} (attempt {}) failed after {} ms: {}{}", description, number, millisSince(started),
                        e, delay < 0 ? "" : ", retrying in " + delay + " ms");
                if (delay < 0) {
                    throw new SevenTargetsConnectionException(
                            description, number, policy.whyNotRetried(number, e, idempotent), e);
                }
            }
            sleep(delay);
        }
    }

    private static long millisSince(long started) {
        return Duration.ofNanos(System.nanoTime() - started).toMillis();
    }

    private static void sleep(long millis) throws InterruptedIOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting to retry a 7Targets call");
        }
    }
}
