package com.seventargets.camel.client;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.seventargets.camel.SevenTargetsConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repeats a call as the {@link RetryPolicy} says, logs each attempt at DEBUG, and reports how many attempts it
 * took. Waits between attempts are scheduled, never slept: no thread is held while a call waits for its retry.
 */
public final class RetryingSender {

    private static final Logger LOG = LoggerFactory.getLogger(RetryingSender.class);

    private final RetryPolicy policy;
    private final ScheduledExecutorService scheduler;

    public RetryingSender(RetryPolicy policy, ScheduledExecutorService scheduler) {
        this.policy = policy;
        this.scheduler = scheduler;
    }

    /** The last answer (a success, a final failure, or the last transient failure) and the attempts made. */
    public record Outcome(RawResponse response, int attempts) {
    }

    /**
     * @param description what is sent, for log lines and errors, such as {@code create: POST /leads}
     * @param idempotent  whether repeating the request is harmless even if it reached 7Targets
     * @param attempt     sends the request once
     * @return            the outcome, or a {@link SevenTargetsConnectionException} when no answer came after the
     *                    attempts the policy allows
     */
    public CompletableFuture<Outcome> send(String description, boolean idempotent,
                                           Supplier<CompletableFuture<RawResponse>> attempt) {
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        attempt(1, description, idempotent, attempt, outcome);
        return outcome;
    }

    private void attempt(int number, String description, boolean idempotent,
                         Supplier<CompletableFuture<RawResponse>> attempt, CompletableFuture<Outcome> outcome) {
        long started = System.nanoTime();
        CompletableFuture<RawResponse> sent;
        try {
            sent = attempt.get();
        } catch (RuntimeException e) {
            outcome.completeExceptionally(e);
            return;
        }
        sent.whenComplete((response, error) -> {
            long delay;
            if (error == null) {
                delay = response.isSuccess() ? -1 : policy.delayAfter(number, response);
                LOG.debug("7Targets {} (attempt {}) answered {} in {} ms{}", description, number, response.status(),
                        millisSince(started), delay < 0 ? "" : ", retrying in " + delay + " ms");
                if (delay < 0) {
                    outcome.complete(new Outcome(response, number));
                    return;
                }
            } else {
                Throwable cause = unwrap(error);
                if (!(cause instanceof IOException failure) || cause instanceof SevenTargetsConnectionException) {
                    outcome.completeExceptionally(cause); // not ours to retry, or already retried (the token's)
                    return;
                }
                delay = policy.delayAfter(number, failure, idempotent);
                LOG.debug("7Targets {} (attempt {}) failed after {} ms: {}{}", description, number, millisSince(started),
                        failure, delay < 0 ? "" : ", retrying in " + delay + " ms");
                if (delay < 0) {
                    outcome.completeExceptionally(new SevenTargetsConnectionException(
                            description, number, policy.whyNotRetried(number, failure, idempotent), failure));
                    return;
                }
            }
            try {
                scheduler.schedule(NonBlockingThreads.retry(
                        () -> attempt(number + 1, description, idempotent, attempt, outcome)), delay, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                outcome.completeExceptionally(new IllegalStateException(
                        "7Targets " + description + ": not retried, the component is stopping", e));
            }
        });
    }

    /** The failure a future stage saw, without the wrappers that {@link CompletableFuture} adds. */
    public static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static long millisSince(long started) {
        return Duration.ofNanos(System.nanoTime() - started).toMillis();
    }
}
