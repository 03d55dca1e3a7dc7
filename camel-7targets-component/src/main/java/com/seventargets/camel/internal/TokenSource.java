package com.seventargets.camel.internal;

import java.io.IOException;

import com.seventargets.camel.SevenTargetsApiException;

/**
 * Where new access tokens come from.
 */
@FunctionalInterface
interface TokenSource {

    /**
     * A new token, fetched in the calling thread.
     *
     * @param requestedAtNanos now, on the token cache's clock: the token's lifetime counts from then
     * @param deadline         the end of the call that fetches it
     * @throws com.seventargets.camel.SevenTargetsAuthenticationException when the credentials were refused
     */
    AccessToken fetch(ClientCredentials credentials, long requestedAtNanos, CallDeadline deadline)
            throws IOException, SevenTargetsApiException;
}
