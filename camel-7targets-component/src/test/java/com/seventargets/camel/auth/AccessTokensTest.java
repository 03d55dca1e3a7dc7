package com.seventargets.camel.auth;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.seventargets.camel.SevenTargetsAuthenticationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The token cache on its own, with token sources whose answers the test completes.
 */
class AccessTokensTest {

    private static final ClientCredentials CLIENT = new ClientCredentials("https://login/oauth2/token", "c", "s", "leads/post");

    private final AtomicInteger fetches = new AtomicInteger();
    private final AccessTokens tokens = new AccessTokens();

    private CompletableFuture<AccessToken> issue(Duration lifetime) {
        return CompletableFuture.completedFuture(
                AccessToken.issued("token-" + fetches.incrementAndGet(), lifetime, System.nanoTime()));
    }

    private AccessToken get(AccessTokens cache, ClientCredentials credentials, TokenSource source) throws Exception {
        return cache.get(credentials, source).get(5, TimeUnit.SECONDS);
    }

    @Test
    void keepsATokenUntilTheMarginBeforeExpiry() throws Exception {
        AccessToken first = get(tokens, CLIENT, c -> issue(Duration.ofMillis(400)));
        assertThat(get(tokens, CLIENT, c -> issue(Duration.ofMillis(400)))).isSameAs(first);

        Thread.sleep(320); // 400 ms lifetime: usable for 300 ms

        assertThat(get(tokens, CLIENT, c -> issue(Duration.ofMillis(400))).value()).isEqualTo("token-2");
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

        AccessToken first = get(tokens, CLIENT, c -> issue(Duration.ofHours(1)));
        assertThat(get(tokens, otherScope, c -> issue(Duration.ofHours(1)))).isNotSameAs(first);
        assertThat(get(tokens, otherClient, c -> issue(Duration.ofHours(1)))).isNotSameAs(first);
        assertThat(get(tokens, sameKeyOtherSecret, c -> issue(Duration.ofHours(1)))).isSameAs(first);
        assertThat(fetches).hasValue(3);
    }

    @Test
    void invalidatesOnlyTheCurrentToken() throws Exception {
        AccessToken stale = get(tokens, CLIENT, c -> issue(Duration.ofHours(1)));
        tokens.invalidate(CLIENT, stale);
        AccessToken fresh = get(tokens, CLIENT, c -> issue(Duration.ofHours(1)));

        tokens.invalidate(CLIENT, stale); // a late caller still holding the old token

        assertThat(get(tokens, CLIENT, c -> issue(Duration.ofHours(1)))).isSameAs(fresh);
        assertThat(fetches).hasValue(2);
    }

    @Test
    void concurrentCallersShareOnePendingFetchAndNobodyBlocks() {
        CompletableFuture<AccessToken> pending = new CompletableFuture<>();
        TokenSource slow = c -> {
            fetches.incrementAndGet();
            return pending;
        };

        List<CompletableFuture<AccessToken>> callers = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            callers.add(tokens.get(CLIENT, slow));
        }
        assertThat(callers).noneMatch(CompletableFuture::isDone);
        pending.complete(AccessToken.issued("shared", Duration.ofHours(1), System.nanoTime()));

        assertThat(callers).allSatisfy(caller -> assertThat(caller.join().value()).isEqualTo("shared"));
        assertThat(fetches).hasValue(1);
    }

    @Test
    void aPendingFetchForOneClientDoesNotHoldUpAnother() throws Exception {
        tokens.get(CLIENT, c -> new CompletableFuture<>()); // never answers
        ClientCredentials other = new ClientCredentials(CLIENT.tokenUrl(), "other", "s", "leads/post");

        assertThat(get(tokens, other, c -> issue(Duration.ofHours(1))).value()).isEqualTo("token-1");
    }

    @Test
    void callersThatWaitedForAFailedFetchGetItsFailureAndTheNextCallerTriesAgain() throws Exception {
        CompletableFuture<AccessToken> pending = new CompletableFuture<>();
        TokenSource failing = c -> {
            fetches.incrementAndGet();
            return pending;
        };
        CompletableFuture<AccessToken> first = tokens.get(CLIENT, failing);
        CompletableFuture<AccessToken> second = tokens.get(CLIENT, failing);

        pending.completeExceptionally(new java.net.SocketTimeoutException("Read timed out"));

        assertThatThrownBy(first::join).hasRootCauseMessage("Read timed out");
        assertThatThrownBy(second::join).hasRootCauseMessage("Read timed out");
        assertThat(fetches).hasValue(1);
        assertThat(get(tokens, CLIENT, c -> issue(Duration.ofHours(1)))).isNotNull();
    }

    @Test
    void aRefusalIsRememberedUntilTheCooldownOrAnotherSecret() throws Exception {
        AccessTokens shortMemory = new AccessTokens(Duration.ofMillis(300));
        TokenSource refusing = c -> {
            fetches.incrementAndGet();
            return CompletableFuture.failedFuture(
                    new SevenTargetsAuthenticationException(c.tokenUrl(), 400, "invalid_client", null));
        };

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> get(shortMemory, CLIENT, refusing))
                    .hasCauseInstanceOf(SevenTargetsAuthenticationException.class)
                    .cause().extracting(e -> ((SevenTargetsAuthenticationException) e).getErrorCode())
                    .isEqualTo("invalid_client");
        }
        assertThat(fetches).as("one request for five callers").hasValue(1);

        ClientCredentials newSecret = new ClientCredentials(CLIENT.tokenUrl(), "c", "fixed", "leads/post");
        assertThat(get(shortMemory, newSecret, c -> issue(Duration.ofHours(1)))).isNotNull();
        assertThat(fetches).as("another secret is tried at once").hasValue(2);

        AccessTokens other = new AccessTokens(Duration.ofMillis(300));
        assertThatThrownBy(() -> get(other, CLIENT, refusing)).hasCauseInstanceOf(SevenTargetsAuthenticationException.class);
        Thread.sleep(350);
        assertThatThrownBy(() -> get(other, CLIENT, refusing)).hasCauseInstanceOf(SevenTargetsAuthenticationException.class);
        assertThat(fetches).as("asked again after the cool-down").hasValue(4);
    }
}
