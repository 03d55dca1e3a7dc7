package com.seventargets.camel.auth;

import java.io.IOException;

import com.seventargets.camel.SevenTargetsApiException;

/**
 * Where new access tokens come from.
 */
@FunctionalInterface
public interface TokenSource {

    /**
     * A new token, fetched in the calling thread.
     *
     * @throws com.seventargets.camel.SevenTargetsAuthenticationException when the credentials were refused
     */
    AccessToken fetch(ClientCredentials credentials) throws IOException, SevenTargetsApiException;
}
