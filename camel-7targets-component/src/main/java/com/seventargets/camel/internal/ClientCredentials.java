package com.seventargets.camel.internal;

/**
 * What is needed to get an access token, and the API it is for. Tokens are cached per {@link #cacheKey()}: every
 * field, so that endpoints that differ in the secret or the API never share a token (a shared token would hide a
 * wrong secret).
 */
record ClientCredentials(String tokenUrl, String clientId, String clientSecret, String scope, String baseUrl) {

    /**
     * The cache key: equal for every endpoint that may share a token. It holds the secret and never prints it.
     */
    public Object cacheKey() {
        return new CacheKey(tokenUrl, clientId, clientSecret, scope, baseUrl);
    }

    @Override
    public String toString() {
        return "ClientCredentials[tokenUrl=" + tokenUrl + ", clientId=xxxxxx, clientSecret=xxxxxx, scope=" + scope
               + ", baseUrl=" + baseUrl + "]";
    }

    private record CacheKey(String tokenUrl, String clientId, String clientSecret, String scope, String baseUrl) {
        @Override
        public String toString() {
            return "CacheKey[tokenUrl=" + tokenUrl + ", scope=" + scope + ", baseUrl=" + baseUrl + "]";
        }
    }
}
