package com.seventargets.camel.auth;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.seventargets.camel.SevenTargetsAuthenticationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The token cache on its own, with a token source that counts its calls.
 */
class AccessTokensTest {

    private static final ClientCredentials CLIENT = new ClientCredentials("https://login/oauth2/token", "c", "s", "leads/post");

    private final AtomicInteger fetches = new AtomicInteger();
    private final AccessTokens tokens = new AccessTokens();

    private AccessToken issue(Duration lifetime) {
        return AccessToken.issued("token-" + fetches.incrementAndGet(), lifetime, System.nanoTime());
    }

    @Test
    void keepsATokenUntilTheMarginBeforeExpiry() throws Exception {
        AccessToken first = tokens.get(CLIENT, c -> issue(Duration.ofMillis(400)));
        assertThat(tokens.get(CLIENT, c -> issue(Duration.ofMillis(400)))).isSameAs(first);

        Thread.sleep(320); // 400 ms lifetime: usable for 300 ms

        assertThat(tokens.get(CLIENT, c -> issue(Duration.ofMillis(400))).value()).isEqualTo("token-2");
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
    void concurrentCallersWaitForOneFetch() throws Exception {
        TokenSource slow = c -> {
            sleep(200);
            return issue(Duration.ofHours(1));
        };
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<AccessToken>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> tokens.get(CLIENT, slow)));
            }
            for (Future<AccessToken> result : results) {
                assertThat(result.get(5, TimeUnit.SECONDS).value()).isEqualTo("token-1");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(fetches).hasValue(1);
    }

    @Test
    void aSlowFetchForOneClientDoesNotHoldUpAnother() throws Exception {
        CountDownLatch fetching = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            pool.submit(() -> tokens.get(CLIENT, c -> {
                fetching.countDown();
                await(release);
                return issue(Duration.ofHours(1));
            }));
            assertThat(fetching.await(5, TimeUnit.SECONDS)).isTrue();
            ClientCredentials other = new ClientCredentials(CLIENT.tokenUrl(), "other", "s", "leads/post");

            AccessToken token = assertTimeoutPreemptively(Duration.ofSeconds(2),
                    () -> tokens.get(other, c -> issue(Duration.ofHours(1))));

            assertThat(token.value()).isEqualTo("token-1");
        } finally {
            release.countDown();
            pool.shutdown();
        }
    }

    @Test
    void aRefusalIsRememberedUntilTheCooldownOrAnotherSecret() throws Exception {
        AccessTokens shortMemory = new AccessTokens(Duration.ofMillis(300));
        TokenSource refusing = c -> {
            fetches.incrementAndGet();
            throw new SevenTargetsAuthenticationException(c.tokenUrl(), 400, "invalid_client", null);
        };

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> shortMemory.get(CLIENT, refusing))
                    .isInstanceOf(SevenTargetsAuthenticationException.class)
                    .extracting(e -> ((SevenTargetsAuthenticationException) e).getErrorCode()).isEqualTo("invalid_client");
        }
        assertThat(fetches).as("one request for five callers").hasValue(1);

        ClientCredentials newSecret = new ClientCredentials(CLIENT.tokenUrl(), "c", "fixed", "leads/post");
        assertThat(shortMemory.get(newSecret, c -> issue(Duration.ofHours(1)))).isNotNull();
        assertThat(fetches).as("another secret is tried at once").hasValue(2);

        AccessTokens other = new AccessTokens(Duration.ofMillis(300));
        assertThatThrownBy(() -> other.get(CLIENT, refusing)).isInstanceOf(SevenTargetsAuthenticationException.class);
        Thread.sleep(350);
        assertThatThrownBy(() -> other.get(CLIENT, refusing)).isInstanceOf(SevenTargetsAuthenticationException.class);
        assertThat(fetches).as("asked again after the cool-down").hasValue(4);
    }

    @Test
    void callersThatWaitedForAFailedFetchGetItsFailure() throws Exception {
        CountDownLatch fetching = new CountDownLatch(1);
        TokenSource hanging = c -> {
            fetches.incrementAndGet();
            fetching.countDown();
            sleep(300);
            throw new java.net.SocketTimeoutException("Read timed out");
        };
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<AccessToken> first = pool.submit(() -> tokens.get(CLIENT, hanging));
            assertThat(fetching.await(5, TimeUnit.SECONDS)).isTrue();
            List<Future<AccessToken>> waiters = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                waiters.add(pool.submit(() -> tokens.get(CLIENT, hanging)));
            }
            for (Future<AccessToken> waiter : waiters) {
                assertThatThrownBy(() -> waiter.get(2, TimeUnit.SECONDS)).hasRootCauseMessage("Read timed out");
            }
            assertThatThrownBy(() -> first.get(2, TimeUnit.SECONDS)).hasRootCauseMessage("Read timed out");
        } finally {
            pool.shutdownNow();
        }
        assertThat(fetches).as("the waiters did not each wait for a fetch of their own").hasValue(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
