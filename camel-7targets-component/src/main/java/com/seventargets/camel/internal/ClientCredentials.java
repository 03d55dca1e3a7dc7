package com.seventargets.camel.internal;

/**
 * What is needed to get an access token. Tokens are cached per {@link #cacheKey()}: token URL, client id and scope.
 */
record ClientCredentials(String tokenUrl, String clientId, String clientSecret, String scope) {

    /**
     * The cache key: equal for every endpoint that may share a token.
     */
    public Object cacheKey() {
        return new CacheKey(tokenUrl, clientId, scope);
    }

    @Override
    public String toString() {
        return "ClientCredentials[tokenUrl=" + tokenUrl + ", clientId=xxxxxx, clientSecret=xxxxxx, scope=" + scope + "]";
    }

    private record CacheKey(String tokenUrl, String clientId, String scope) {
        @Override
        public String toString() {
            return "CacheKey[tokenUrl=" + tokenUrl + ", scope=" + scope + "]";
        }
    }
}
