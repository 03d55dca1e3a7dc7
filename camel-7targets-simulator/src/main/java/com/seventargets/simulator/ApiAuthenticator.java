package com.seventargets.simulator;

/**
 * The checks every API call passes: a Bearer token the simulator issued that is neither expired
 * nor revoked, and the {@code 7ts-user-identifier} header equal to the configured user identifier.
 */
final class ApiAuthenticator {

    static final String USER_IDENTIFIER_HEADER = "7ts-user-identifier";
    private static final String BEARER = "Bearer ";

    private final TokenStore tokens;
    private final String userIdentifier;

    ApiAuthenticator(TokenStore tokens, String userIdentifier) {
        this.tokens = tokens;
        this.userIdentifier = userIdentifier;
    }

    /** Null when the request may proceed, else the 401 to answer. */
    SimResponse check(SimRequest request) {
        String authorization = request.header("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return invalidToken("Full authentication is required to access this resource", request);
        }
        switch (tokens.check(authorization.substring(BEARER.length()).trim())) {
            case UNKNOWN:
                return invalidToken("Invalid access token", request);
            case EXPIRED:
                return invalidToken("Access token has expired", request);
            case REVOKED:
                return invalidToken("Access token has been revoked", request);
            default:
                break;
        }
        String user = request.header(USER_IDENTIFIER_HEADER);
        if (user == null || user.isBlank()) {
            return SimResponse.error(401, "Missing header " + USER_IDENTIFIER_HEADER, request.path());
        }
        if (!userIdentifier.equals(user)) {
            return SimResponse.error(401, "Unknown user identifier", request.path());
        }
        return null;
    }

    private static SimResponse invalidToken(String message, SimRequest request) {
        return SimResponse.error(401, message, request.path())
                .withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    }
}
