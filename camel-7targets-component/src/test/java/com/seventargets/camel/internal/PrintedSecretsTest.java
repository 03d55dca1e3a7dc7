package com.seventargets.camel.internal;

import java.time.Duration;

import com.seventargets.camel.metrics.SevenTargetsStats;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the client's own types print: never the client id, the client secret, the token, the user identifier or the
 * proxy credentials.
 */
class PrintedSecretsTest {

    @Test
    void theCredentialsCacheKeyAndTokenNeverPrintTheirValues() throws Exception {
        ClientCredentials credentials
                = new ClientCredentials("https://login/oauth2/token", "client-x", "secret-y", "leads/post",
                "https://api");
        AccessTokens tokens = new AccessTokens(new SevenTargetsStats(), System::nanoTime);

        AccessToken token = tokens.get(credentials,
                (c, requestedAt, deadline) -> AccessToken.issued("token-z", Duration.ofMinutes(5), requestedAt), CallDeadline.after(60_000));

        assertThat(token.toString() + credentials + credentials.cacheKey()).doesNotContain("client-x", "secret-y",
                "token-z");
    }

    @Test
    void theSettingsNeverPrintTheSecrets() {
        SevenTargetsApi.Settings settings = new SevenTargetsApi.Settings("https://login/oauth2/token", "client-x",
                "secret-y", "leads/post", "https://api", "user-u", 3, 100, 1000, false, 120_000, 0, 1000, 1000, 5, 20,
                4_194_304, "proxy", 8080, "proxy-user-p", "proxy-password-q", null);

        assertThat(settings.toString() + TransportSettings.of(settings))
                .doesNotContain("client-x", "secret-y", "user-u", "proxy-user-p", "proxy-password-q");
    }
}
