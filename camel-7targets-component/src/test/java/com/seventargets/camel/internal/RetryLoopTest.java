package com.seventargets.camel.internal;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.seventargets.camel.SevenTargetsApiException;
import com.seventargets.camel.SevenTargetsConnectionException;
import org.apache.hc.core5.http.Header;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link RetryPolicy#send}: the loop that makes a call's attempts. */
class RetryLoopTest {

    /** A deadline no test reaches. */
    private static final CallDeadline LONG = CallDeadline.after(3_600_000);
    private static final String TOKEN_URL = "https://login.example.com/oauth2/token";

    @Test
    void retriesAreMadeInTheCallersThreadAfterWaitingThere() throws Exception {
        List<String> threads = new CopyOnWriteArrayList<>();
        RetryPolicy policy = new RetryPolicy(2, 1, 1, false);

        RetryPolicy.Outcome outcome = policy.send("test", RequestEffect.IDEMPOTENT, LONG, () -> {
            threads.add(Thread.currentThread().getName());
            return response(threads.size() < 3 ? 503 : 200);
        });

        assertThat(outcome.attempts()).isEqualTo(3);
        assertThat(outcome.response().status()).isEqualTo(200);
        assertThat(threads).containsOnly(Thread.currentThread().getName()).hasSize(3);
    }

    @Test
    void anInterruptDuringTheWaitEndsTheRetriesWithTheLastAnswer() throws Exception {
        List<Integer> attempts = new CopyOnWriteArrayList<>();
        RetryPolicy policy = new RetryPolicy(3, 60_000, 60_000, false);
        CompletableFuture<Object[]> result = new CompletableFuture<>();
        Thread caller = new Thread(() -> {
            try {
                RetryPolicy.Outcome outcome = policy.send("test", RequestEffect.IDEMPOTENT, LONG, () -> {
                    attempts.add(attempts.size() + 1);
                    return response(503);
                });
                result.complete(new Object[] { outcome, Thread.currentThread().isInterrupted() });
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        caller.start();
        while (attempts.isEmpty()) {
            Thread.sleep(10);
        }

        caller.interrupt();

        Object[] ended = result.get(5, TimeUnit.SECONDS);
        assertThat(((RetryPolicy.Outcome) ended[0]).response().status()).isEqualTo(503);
        assertThat(ended[1]).as("the interrupt is kept for the caller").isEqualTo(true);
        assertThat(attempts).containsExactly(1);
    }

    @Test
    void aSendInterruptedInTheCallersThreadIsNotRetried() {
        List<Integer> attempts = new CopyOnWriteArrayList<>();
        RetryPolicy policy = new RetryPolicy(3, 1, 1, true);
        try {
            assertThatThrownBy(() -> policy.send("create: POST /leads", RequestEffect.CREATES, LONG, () -> {
                attempts.add(attempts.size() + 1);
                Thread.currentThread().interrupt(); // what HttpClient does while it waits for a connection
                throw new InterruptedIOException("Request execution interrupted");
            })).isInstanceOf(SevenTargetsConnectionException.class).hasMessageContaining("(interrupted)")
                    .hasMessageNotContaining("retryUncertainCreate");
            assertThat(attempts).containsExactly(1);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aFailedTokenRequestIsAnAttemptOfTheSameLoopRetriedAsARead() throws Exception {
        List<Integer> attempts = new CopyOnWriteArrayList<>();
        RetryPolicy policy = new RetryPolicy(3, 1, 1, false);

        RetryPolicy.Outcome outcome = policy.send("create: POST /leads", RequestEffect.CREATES, LONG, () -> {
            attempts.add(attempts.size() + 1);
            if (attempts.size() == 1) { // a 500 of Cognito is retryable, a 500 of the API is not
                throw new TokenEndpoint.Failed(TOKEN_URL, response(500), null);
            }
            if (attempts.size() == 2) { // its answer lost: the token request changes nothing
                throw new TokenEndpoint.Failed(TOKEN_URL, null, new SocketTimeoutException("Read timed out"));
            }
            return response(201);
        });

        assertThat(outcome.response().status()).isEqualTo(201);
        assertThat(outcome.attempts()).as("one loop counts them all").isEqualTo(3);
        assertThat(outcome.outcomeUnknown()).isFalse();
    }

    @Test
    void theLastFailedTokenRequestEndsTheCallWithTheTokenEndpointNamed() {
        RetryPolicy policy = new RetryPolicy(1, 1, 1, false);
        List<Integer> attempts = new CopyOnWriteArrayList<>();

        assertThatThrownBy(() -> policy.send("create: POST /leads", RequestEffect.CREATES, LONG, () -> {
            attempts.add(attempts.size() + 1);
            throw new TokenEndpoint.Failed(TOKEN_URL, null, new ConnectException("Connection refused"));
        })).isInstanceOf(SevenTargetsConnectionException.class)
                .hasMessageStartingWith("7Targets token: POST " + TOKEN_URL + ": no answer after 2 attempts")
                .hasRootCauseInstanceOf(ConnectException.class);
        assertThat(attempts).as("maxRetries counts the token requests too").containsExactly(1, 2);

        assertThatThrownBy(() -> policy.send("create: POST /leads", RequestEffect.CREATES, LONG, () -> {
            throw new TokenEndpoint.Failed(TOKEN_URL, response(503), null);
        })).isInstanceOf(SevenTargetsApiException.class).isNotInstanceOf(SevenTargetsConnectionException.class)
                .hasMessageContaining("token").hasMessageContaining("503");
    }

    @Test
    void aCreateWhoseFirstAnswerWasLostHasAnUnknownOutcomeWhateverTheLastAttemptSaid() throws Exception {
        List<Integer> attempts = new CopyOnWriteArrayList<>();
        RetryPolicy policy = new RetryPolicy(1, 1, 1, true);

        RetryPolicy.Outcome outcome = policy.send("create: POST /leads", RequestEffect.CREATES, LONG, () -> {
            attempts.add(attempts.size() + 1);
            if (attempts.size() == 1) {
                throw new java.net.SocketTimeoutException("Read timed out"); // it may have been created
            }
            return response(503);
        });

        assertThat(outcome.response().status()).isEqualTo(503);
        assertThat(outcome.outcomeUnknown()).as("the first attempt may have created the lead").isTrue();
        RetryPolicy.Outcome read = new RetryPolicy(1, 1, 1, false).send("list: GET /x",
                RequestEffect.READS, LONG, () -> {
                    if (attempts.size() < 3) {
                        attempts.add(attempts.size() + 1);
                        throw new java.net.SocketTimeoutException("Read timed out");
                    }
                    return response(200);
                });
        assertThat(read.outcomeUnknown()).as("a listing changes nothing").isFalse();
    }

    @Test
    void aRetryThatWouldComeAfterTheDeadlineIsNotMade() throws Exception {
        RetryPolicy policy = new RetryPolicy(3, 60_000, 60_000, false);
        long started = System.nanoTime();

        RetryPolicy.Outcome answered = policy.send("update: PUT /leads", RequestEffect.IDEMPOTENT,
                CallDeadline.after(20_000), () -> response(503));

        assertThat(answered.response().status()).isEqualTo(503);
        assertThat(answered.attempts()).isEqualTo(1);
        assertThat(answered.whyNotRetried()).startsWith("callTimeout of 20000 ms passed before the retry in ");
        assertThatThrownBy(() -> policy.send("update: PUT /leads", RequestEffect.IDEMPOTENT,
                CallDeadline.after(20_000), () -> {
                    throw new ConnectException("Connection refused");
                })).isInstanceOf(SevenTargetsConnectionException.class)
                .hasMessageContaining("(callTimeout of 20000 ms passed before the retry in ");
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).as("no wait").isLessThan(10_000);
    }

    @Test
    void aRequestCutOffAtTheDeadlineEndsTheCallAndMayHaveBeenDoneIfItChangesSomething() {
        CallDeadline deadline = CallDeadline.after(1);
        RetryPolicy policy = new RetryPolicy(3, 1, 1, true);

        assertThatThrownBy(() -> policy.send("create: POST /leads", RequestEffect.CREATES, deadline, () -> {
            throw deadline.passed("while http://127.0.0.1/leads was asked", true);
        })).isInstanceOf(SevenTargetsConnectionException.class)
                .hasMessageStartingWith("7Targets create: POST /leads: no answer after 1 attempt (callTimeout of 1 ms"
                                        + " passed while http://127.0.0.1/leads was asked), and it may have been done")
                .extracting(e -> ((SevenTargetsConnectionException) e).isOutcomeUnknown()).isEqualTo(true);
        assertThatThrownBy(() -> policy.send("create: POST /leads", RequestEffect.CREATES, deadline, () -> {
            throw deadline.passed("while waiting for the access token another sender fetches", false);
        })).extracting(e -> ((SevenTargetsConnectionException) e).isOutcomeUnknown()).isEqualTo(false);
    }

    private static RawResponse response(int status) {
        return new RawResponse(status, "", new Header[0], new byte[0]);
    }
}
