package com.seventargets.camel.auth;

import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.seventargets.camel.metrics.SevenTargetsStats;
import com.seventargets.camel.SevenTargetsAuthenticationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The token cache on its own, with token sources that the test controls.
 */
class AccessTokensTest {

    private static final ClientCredentials CLIENT = new ClientCredentials("https://login/oauth2/token", "c", "s", "leads/post");

    private final AtomicInteger fetches = new AtomicInteger();
    private final AccessTokens tokens = new AccessTokens(new SevenTargetsStats());

    private AccessToken issue(Duration lifetime) {
        return AccessToken.issued("token-" + fetches.incrementAndGet(), lifetime, System.nanoTime());
    }

    @Test
    void keepsATokenUntilTheMarginBeforeExpiry() throws Exception {
        AccessToken first = tokens.get(CLIENT, c -> issue(Duration.ofMillis(400)));
        assertThat(tokens.get(CLIENT, c -> issue(Duration.ofMillis(400)))).isSameAs(first);

        Thread.sleep(320); // 400 ms lifetime: usable for 300 ms

        assertThat(tokens.get(CLIENT, c -> issue(Duration.ofMillis(400))).authorization()).isEqualTo("Bearer token-2");
    }

    @Test
    void marginIsSixtySecondsForLongLivedTokens() {
        AccessToken hour = AccessToken.issued("t", Duration.ofHours(1), System.nanoTime() - Duration.ofSeconds(3539).toNanos());
        AccessToken almostExpired = AccessToken.issued("t", Duration.ofHours(1),
                System.nanoTime() - Duration.ofSeconds(3541).toNanos());

        assertThat(hour.isUsable()).isTrue();
        assertThat(almostExpired.isUsable()).isFalse();
    }

    @Test
    void separateKeysGetSeparateTokens() throws Exception {
        ClientCredentials otherScope = new ClientCredentials(CLIENT.tokenUrl(), "c", "s", "leads/read");
        ClientCredentials otherClient = new ClientCredentials(CLIENT.tokenUrl(), "d", "s", "leads/post");
        ClientCredentials sameKeyOtherSecret = new ClientCredentials(CLIENT.tokenUrl(), "c", "other", "leads/post");

        AccessToken first = tokens.get(CLIENT, c -> issue(Duration.ofHours(1)));
        assertThat(tokens.get(otherScope, c -> issue(Duration.ofHours(1)))).isNotSameAs(first);
        assertThat(tokens.get(otherClient, c -> issue(Duration.ofHours(1)))).isNotSameAs(first);
        assertThat(tokens.get(sameKeyOtherSecret, c -> issue(Duration.ofHours(1)))).isSameAs(first);
        assertThat(fetches).hasValue(3);
    }

    @Test
    void invalidatesOnlyTheCurrentToken() throws Exception {
        AccessToken stale = tokens.get(CLIENT, c -> issue(Duration.ofHours(1)));
        tokens.invalidate(CLIENT, stale);
        AccessToken fresh = tokens.get(CLIENT, c -> issue(Duration.ofHours(1)));

        tokens.invalidate(CLIENT, stale); // a late caller still holding the old token

        assertThat(tokens.get(CLIENT, c -> issue(Duration.ofHours(1)))).isSameAs(fresh);
        assertThat(fetches).hasValue(2);
    }

    @Test
    void concurrentCallersWaitForTheOneFetchInTheFirstCallersThread() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<String> fetchingThreads = new ArrayList<>();
        TokenSource slow = c -> {
            synchronized (fetchingThreads) {
                fetchingThreads.add(Thread.currentThread().getName());
            }
            await(release);
            return issue(Duration.ofHours(1));
        };
        ExecutorService callers = Executors.newFixedThreadPool(50);
        try {
            List<Future<AccessToken>> got = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                got.add(callers.submit(() -> tokens.get(CLIENT, slow)));
            }
            Thread.sleep(200);
            assertThat(got).as("everyone waits for the pending fetch").noneMatch(Future::isDone);

            release.countDown();

            for (Future<AccessToken> token : got) {
                assertThat(token.get(5, TimeUnit.SECONDS).authorization()).isEqualTo("Bearer token-1");
            }
            assertThat(fetchingThreads).as("fetched once, by one of the callers").singleElement().asString()
                    .startsWith("pool-");
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
                return tokens.get(CLIENT, c -> {
                    fetching.countDown();
                    await(never);
                    return issue(Duration.ofHours(1));
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            await(fetching);
            ClientCredentials other = new ClientCredentials(CLIENT.tokenUrl(), "other", "s", "leads/post");

            assertThat(tokens.get(other, c -> issue(Duration.ofHours(1))).authorization()).isEqualTo("Bearer token-1");
            assertThat(stuck).isNotDone();
        } finally {
            never.countDown();
            stuck.get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void callersThatWaitedForAFailedFetchGetItsFailureAndTheNextCallerTriesAgain() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        TokenSource failing = c -> {
            fetches.incrementAndGet();
            await(release);
            throw new SocketTimeoutException("Read timed out");
        };
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            Future<AccessToken> first = callers.submit(() -> tokens.get(CLIENT, failing));
            Future<AccessToken> second = callers.submit(() -> tokens.get(CLIENT, failing));
            Thread.sleep(200);

            release.countDown();

            assertThatThrownBy(() -> first.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(SocketTimeoutException.class);
            assertThatThrownBy(() -> second.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(SocketTimeoutException.class);
            assertThat(fetches).hasValue(1);
            assertThat(tokens.get(CLIENT, c -> issue(Duration.ofHours(1)))).isNotNull();
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aRefusalIsRememberedUntilTheCooldownOrAnotherSecret() throws Exception {
        AccessTokens shortMemory = new AccessTokens(Duration.ofMillis(300), new SevenTargetsStats());
        TokenSource refusing = c -> {
            fetches.incrementAndGet();
            throw new SevenTargetsAuthenticationException(c.tokenUrl(), 400, "invalid_client", null);
        };

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> shortMemory.get(CLIENT, refusing))
                    .isInstanceOf(SevenTargetsAuthenticationException.class)
                    .extracting(e -> ((SevenTargetsAuthenticationException) e).getErrorCode())
                    .isEqualTo("invalid_client");
        }
        assertThat(fetches).as("one request for five callers").hasValue(1);

        ClientCredentials newSecret = new ClientCredentials(CLIENT.tokenUrl(), "c", "fixed", "leads/post");
        assertThat(shortMemory.get(newSecret, c -> issue(Duration.ofHours(1)))).isNotNull();
        assertThat(fetches).as("another secret is tried at once").hasValue(2);

        AccessTokens other = new AccessTokens(Duration.ofMillis(300), new SevenTargetsStats());
        assertThatThrownBy(() -> other.get(CLIENT, refusing)).isInstanceOf(SevenTargetsAuthenticationException.class);
        Thread.sleep(350);
        assertThatThrownBy(() -> other.get(CLIENT, refusing)).isInstanceOf(SevenTargetsAuthenticationException.class);
        assertThat(fetches).as("asked again after the cool-down").hasValue(4);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
