package com.seventargets.camel;

import org.apache.camel.RuntimeCamelException;

/**
 * The OAuth2 token endpoint refused the credentials or the scope ({@code invalid_client}, {@code invalid_scope},
 * ...), or answered without a usable token. Retrying the same configuration does not help.
 */
public class SevenTargetsAuthenticationException extends RuntimeCamelException {

    private final int statusCode;
    private final String errorCode;
    private final String errorDescription;

    public SevenTargetsAuthenticationException(String tokenUrl, int statusCode, String errorCode,
                                               String errorDescription) {
        super("7Targets token endpoint " + tokenUrl + " answered HTTP " + statusCode + " " + errorCode
              + (errorDescription == null ? "" : " (" + errorDescription + ")") + ": " + hint(errorCode));
        this.statusCode = statusCode;
        this.errorCode = errorCode;
        this.errorDescription = errorDescription;
    }

    private SevenTargetsAuthenticationException(SevenTargetsAuthenticationException refusal) {
        super(refusal.getMessage() + " (a recent refusal, remembered: the token endpoint is asked again after a"
              + " cool-down, or at once with another clientSecret)", refusal);
        this.statusCode = refusal.statusCode;
        this.errorCode = refusal.errorCode;
        this.errorDescription = refusal.errorDescription;
    }

    /**
     * The same refusal, for a caller that did not ask the token endpoint because it refused moments ago.
     */
    public SevenTargetsAuthenticationException remembered() {
        return new SevenTargetsAuthenticationException(this);
    }

    private static String hint(String errorCode) {
        return switch (errorCode) {
            case "invalid_client", "unauthorized_client" -> "check the options clientId and clientSecret";
            case "invalid_scope" -> "check the option scope: the client must be allowed it (default leads/post)";
            case "malformed_response" -> "check the option tokenUrl: it must be an OAuth2 token endpoint";
            default -> "check the options tokenUrl, clientId, clientSecret and scope";
        };
    }

    /**
     * The HTTP status of the token endpoint's answer.
     */
    public int getStatusCode() {
        return statusCode;
    }

    /**
     * The OAuth2 error code, such as {@code invalid_client}, or {@code malformed_response} when the answer had no
     * usable token.
     */
    public String getErrorCode() {
        return errorCode;
    }

    /**
     * The {@code error_description} the token endpoint gave, if any.
     */
    public String getErrorDescription() {
        return errorDescription;
    }
}
