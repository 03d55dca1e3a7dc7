package com.seventargets.camel.internal;

import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.seventargets.camel.ManualClock;
import com.seventargets.camel.SevenTargetsAuthenticationException;
import com.seventargets.camel.metrics.SevenTargetsStats;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The token cache on its own, with token sources that the test controls.
 */
class AccessTokensTest {

    private static final ClientCredentials CLIENT = new ClientCredentials("https://login/oauth2/token", "c", "s",
            "leads/post", "https://api");
    /** A deadline no test reaches. */
    private static final CallDeadline LONG = CallDeadline.after(3_600_000);

    private final AtomicInteger fetches = new AtomicInteger();
    private final ManualClock clock = new ManualClock();
    private final AccessTokens tokens = new AccessTokens(new SevenTargetsStats(), clock);

    private TokenSource lasting(Duration lifetime) {
        return (credentials, requestedAt, deadline) ->
                AccessToken.issued("token-" + fetches.incrementAndGet(), lifetime, requestedAt);
    }

    @Test
    void keepsATokenUntilAQuarterOfItsLifetimeIsLeft() throws Exception {
        TokenSource fourSeconds = lasting(Duration.ofSeconds(4));
        AccessToken first = tokens.get(CLIENT, fourSeconds, LONG);
        clock.advance(Duration.ofMillis(2999));
        assertThat(tokens.get(CLIENT, fourSeconds, LONG)).isSameAs(first);

        clock.advance(Duration.ofMillis(1));

        assertThat(tokens.get(CLIENT, fourSeconds, LONG).authorization()).isEqualTo("Bearer token-2");
        assertThat(fetches).hasValue(2);
    }

    @Test
    void marginIsSixtySecondsForLongLivedTokens() {
        long issuedAt = clock.getAsLong();
        AccessToken hour = AccessToken.issued("t", Duration.ofHours(1), issuedAt);

        assertThat(hour.isUsableAt(issuedAt + Duration.ofSeconds(3539).toNanos())).isTrue();
        assertThat(hour.isUsableAt(issuedAt + Duration.ofSeconds(3540).toNanos())).isFalse();
    }

    @Test
    void aTokensLifetimeCountsFromItsRequestNotFromItsAnswer() throws Exception {
        TokenSource slowAnswer = (credentials, requestedAt, deadline) -> {
            clock.advance(Duration.ofSeconds(2)); // the token endpoint took 2 s to answer
            return AccessToken.issued("token-" + fetches.incrementAndGet(), Duration.ofSeconds(4), requestedAt);
        };
        tokens.get(CLIENT, slowAnswer, LONG);
        clock.advance(Duration.ofSeconds(1)); // 3 s after the request: inside the 1 s margin

        assertThat(tokens.get(CLIENT, slowAnswer, LONG).authorization()).isEqualTo("Bearer token-2");
    }

    @Test
    void separateKeysGetSeparateTokens() throws Exception {
        String url = CLIENT.tokenUrl();
        ClientCredentials otherScope = new ClientCredentials(url, "c", "s", "leads/read", "https://api");
        ClientCredentials otherClient = new ClientCredentials(url, "d", "s", "leads/post", "https://api");
        ClientCredentials otherSecret = new ClientCredentials(url, "c", "other", "leads/post", "https://api");
        ClientCredentials otherApi = new ClientCredentials(url, "c", "s", "leads/post", "https://staging-api");
        ClientCredentials same = new ClientCredentials(url, "c", "s", "leads/post", "https://api");

        AccessToken first = tokens.get(CLIENT, lasting(Duration.ofHours(1)), LONG);
        assertThat(tokens.get(otherScope, lasting(Duration.ofHours(1)), LONG)).isNotSameAs(first);
        assertThat(tokens.get(otherClient, lasting(Duration.ofHours(1)), LONG)).isNotSameAs(first);
        assertThat(tokens.get(otherSecret, lasting(Duration.ofHours(1)), LONG)).as("a wrong secret is not hidden")
                .isNotSameAs(first);
        assertThat(tokens.get(otherApi, lasting(Duration.ofHours(1)), LONG)).isNotSameAs(first);
        assertThat(tokens.get(same, lasting(Duration.ofHours(1)), LONG)).isSameAs(first);
        assertThat(fetches).hasValue(5);
    }

    @Test
    void invalidatesOnlyTheCurrentToken() throws Exception {
        AccessToken stale = tokens.get(CLIENT, lasting(Duration.ofHours(1)), LONG);
        tokens.invalidate(CLIENT, stale);
        AccessToken fresh = tokens.get(CLIENT, lasting(Duration.ofHours(1)), LONG);

        tokens.invalidate(CLIENT, stale); // a late caller still holding the old token

        assertThat(tokens.get(CLIENT, lasting(Duration.ofHours(1)), LONG)).isSameAs(fresh);
        assertThat(fetches).hasValue(2);
    }

    @Test
    void concurrentCallersWaitForTheOneFetchInTheFirstCallersThread() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<String> fetchingThreads = new ArrayList<>();
        TokenSource slow = (c, at, deadline) -> {
            synchronized (fetchingThreads) {
                fetchingThreads.add(Thread.currentThread().getName());
            }
            await(release);
            return lasting(Duration.ofHours(1)).fetch(c, at, deadline);
        };
        Callers callers = new Callers(50);
        try {
            List<Future<AccessToken>> got = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                got.add(callers.submit(() -> tokens.get(CLIENT, slow, LONG)));
            }
            callers.awaitAllWaiting();
            assertThat(got).as("everyone waits for the pending fetch").noneMatch(Future::isDone);

            release.countDown();

            for (Future<AccessToken> token : got) {
                assertThat(token.get(5, TimeUnit.SECONDS).authorization()).isEqualTo("Bearer token-1");
            }
            assertThat(fetchingThreads).as("fetched once, by one of the callers").singleElement().asString()
                    .startsWith("caller-");
        } finally {
            callers.shutdownNow();
        }
    }

    /** A source whose fetch says that it started, then waits for the release. */
    private TokenSource heldUntil(CountDownLatch fetching, CountDownLatch release) {
        return (c, at, deadline) -> {
            fetching.countDown();
            await(release);
            return lasting(Duration.ofHours(1)).fetch(c, at, deadline);
        };
    }

    @Test
    void aCallerWaitingForAnotherCallersFetchStopsWhenItsThreadIsInterrupted() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch fetching = new CountDownLatch(1);
        TokenSource slow = heldUntil(fetching, release);
        Callers callers = new Callers(2);
        try {
            Future<AccessToken> fetcher = callers.submit(() -> tokens.get(CLIENT, slow, LONG));
            await(fetching);
            Future<AccessToken> waiter = callers.submit(() -> tokens.get(CLIENT, slow, LONG));
            callers.awaitAllWaiting();

            callers.interrupt(1);

            assertThatThrownBy(() -> waiter.get(5, TimeUnit.SECONDS)).as("the fetch it waited for still runs")
                    .hasCauseInstanceOf(java.io.InterruptedIOException.class);
            release.countDown();
            assertThat(fetcher.get(5, TimeUnit.SECONDS).authorization()).isEqualTo("Bearer token-1");
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aCallerWaitingForAnotherCallersFetchStopsAtItsOwnDeadline() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch fetching = new CountDownLatch(1);
        TokenSource slow = heldUntil(fetching, release);
        Callers callers = new Callers(2);
        try {
            Future<AccessToken> fetcher = callers.submit(() -> tokens.get(CLIENT, slow, LONG));
            await(fetching);
            long started = System.nanoTime();
            Future<AccessToken> waiter = callers.submit(() -> tokens.get(CLIENT, slow, CallDeadline.after(300)));

            assertThatThrownBy(() -> waiter.get(20, TimeUnit.SECONDS)).as("the fetch it waited for still runs")
                    .cause().isInstanceOf(CallDeadline.Passed.class)
                    .hasMessage("callTimeout of 300 ms passed while waiting for the access token another sender"
                                + " fetches");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
            assertThat(fetcher).isNotDone();
            release.countDown();
            assertThat(fetcher.get(5, TimeUnit.SECONDS).authorization()).isEqualTo("Bearer token-1");
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aPendingFetchForOneClientDoesNotHoldUpAnother() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        CountDownLatch fetching = new CountDownLatch(1);
        CompletableFuture<AccessToken> stuck = CompletableFuture.supplyAsync(() -> {
            try {
                return tokens.get(CLIENT, (c, at, deadline) -> {
                    fetching.countDown();
                    await(never);
                    return lasting(Duration.ofHours(1)).fetch(c, at, deadline);
                }, LONG);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            await(fetching);
            ClientCredentials other = new ClientCredentials(CLIENT.tokenUrl(), "other", "s", "leads/post",
                    "https://api");

            assertThat(tokens.get(other, lasting(Duration.ofHours(1)), LONG).authorization())
                    .isEqualTo("Bearer token-1");
            assertThat(stuck).isNotDone();
        } finally {
            never.countDown();
            stuck.get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void callersThatWaitedForAFailedFetchGetItsFailureAndTheNextCallerTriesAgain() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        TokenSource failing = (c, at, deadline) -> {
            fetches.incrementAndGet();
            await(release);
            throw new SocketTimeoutException("Read timed out");
        };
        Callers callers = new Callers(2);
        try {
            Future<AccessToken> first = callers.submit(() -> tokens.get(CLIENT, failing, LONG));
            Future<AccessToken> second = callers.submit(() -> tokens.get(CLIENT, failing, LONG));
            callers.awaitAllWaiting();

            release.countDown();

            assertThatThrownBy(() -> first.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(SocketTimeoutException.class);
            assertThatThrownBy(() -> second.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(SocketTimeoutException.class);
            assertThat(fetches).hasValue(1);
            assertThat(tokens.get(CLIENT, lasting(Duration.ofHours(1)), LONG)).isNotNull();
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aRefusalIsRememberedUntilTheCooldownOrAnotherSecret() throws Exception {
        AccessTokens shortMemory = new AccessTokens(Duration.ofSeconds(30), new SevenTargetsStats(), clock);
        TokenSource refusing = (c, at, deadline) -> {
            fetches.incrementAndGet();
            throw new SevenTargetsAuthenticationException(c.tokenUrl(), 400, "invalid_client", null);
        };

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> shortMemory.get(CLIENT, refusing, LONG))
                    .isInstanceOf(SevenTargetsAuthenticationException.class)
                    .extracting(e -> ((SevenTargetsAuthenticationException) e).getErrorCode())
                    .isEqualTo("invalid_client");
        }
        assertThat(fetches).as("one request for five callers").hasValue(1);

        ClientCredentials newSecret = new ClientCredentials(CLIENT.tokenUrl(), "c", "fixed", "leads/post",
                "https://api");
        assertThat(shortMemory.get(newSecret, lasting(Duration.ofHours(1)), LONG)).isNotNull();
        assertThat(fetches).as("another secret is tried at once").hasValue(2);

        AccessTokens other = new AccessTokens(Duration.ofSeconds(30), new SevenTargetsStats(), clock);
        assertThatThrownBy(() -> other.get(CLIENT, refusing, LONG)).isInstanceOf(SevenTargetsAuthenticationException.class);
        clock.advance(Duration.ofMillis(29_999));
        assertThatThrownBy(() -> other.get(CLIENT, refusing, LONG)).isInstanceOf(SevenTargetsAuthenticationException.class);
        assertThat(fetches).as("still inside the cool-down").hasValue(3);
        clock.advance(Duration.ofMillis(1));
        assertThatThrownBy(() -> other.get(CLIENT, refusing, LONG)).isInstanceOf(SevenTargetsAuthenticationException.class);
        assertThat(fetches).as("asked again after the cool-down").hasValue(4);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A thread per caller, and a way to know that every one of them is blocked in what it called. */
    private static final class Callers {
        private final List<Thread> threads = new CopyOnWriteArrayList<>();
        private final ExecutorService executor;

        Callers(int count) {
            executor = Executors.newFixedThreadPool(count, task -> {
                Thread thread = new Thread(task, "caller-" + threads.size());
                threads.add(thread);
                return thread;
            });
        }

        <T> Future<T> submit(Callable<T> call) {
            return executor.submit(call);
        }

        /** Waits until each caller's thread has started and is waiting (for a latch, or for another's fetch). */
        void awaitAllWaiting() throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!threads.stream().allMatch(thread -> thread.getState() == Thread.State.WAITING
                                                       || thread.getState() == Thread.State.TIMED_WAITING)) {
                assertThat(System.nanoTime() - deadline).as("callers still running after 10 s").isNegative();
                Thread.sleep(1);
            }
        }

        void interrupt(int caller) {
            threads.get(caller).interrupt();
        }

        void shutdownNow() {
            executor.shutdownNow();
        }
    }
}
