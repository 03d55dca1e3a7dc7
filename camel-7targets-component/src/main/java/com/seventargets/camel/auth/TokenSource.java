package com.seventargets.camel.auth;

import java.io.IOException;

import com.seventargets.camel.SevenTargetsApiException;

/**
 * Where new access tokens come from.
 */
@FunctionalInterface
public interface TokenSource {

    AccessToken fetch(ClientCredentials credentials) throws IOException, SevenTargetsApiException;
}
