package com.seventargets.camel.auth;

import java.util.concurrent.CompletableFuture;

/**
 * Where new access tokens come from.
 */
@FunctionalInterface
public interface TokenSource {

    /**
     * A new token, or the failure: {@link com.seventargets.camel.SevenTargetsAuthenticationException} when the
     * credentials were refused. Must not block.
     */
    CompletableFuture<AccessToken> fetch(ClientCredentials credentials);
}
