package com.seventargets.camel;

import org.apache.camel.RuntimeCamelException;

/**
 * The OAuth2 token endpoint refused the credentials or the scope ({@code invalid_client}, {@code invalid_scope},
 * ...), or answered without a usable token; or 7Targets refused a fresh token ({@value #USER_REFUSED}: the user
 * identifier, or its assignment to the assistant). Retrying the same configuration does not help.
 */
public class SevenTargetsAuthenticationException extends RuntimeCamelException {

    /** The error code when 7Targets answered 401 even to a fresh token. */
    public static final String USER_REFUSED = "user_refused";

    private final int statusCode;
    private final String errorCode;
    private final String errorDescription;

    public SevenTargetsAuthenticationException(String tokenUrl, int statusCode, String errorCode,
                                               String errorDescription) {
        this("7Targets token endpoint " + tokenUrl + " answered HTTP " + statusCode + " " + errorCode
             + (errorDescription == null ? "" : " (" + errorDescription + ")") + ": " + hint(errorCode),
             statusCode, errorCode, errorDescription, null);
    }

    private SevenTargetsAuthenticationException(String message, int statusCode, String errorCode,
                                                String errorDescription, Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
        this.errorCode = errorCode;
        this.errorDescription = errorDescription;
    }

    /**
     * 7Targets answered the call with a 401 also after its token was replaced by a fresh one: the credentials are
     * fine, the user identifier is not (or its user is not assigned to the assistant).
     *
     * @param call what was sent, such as {@code create: POST /leads}
     */
    public static SevenTargetsAuthenticationException userRefused(String call, int statusCode, String apiAnswer) {
        return new SevenTargetsAuthenticationException("7Targets " + call + " answered HTTP " + statusCode
                                                       + " even with a new access token: check the option"
                                                       + " userIdentifier, and that this user is assigned to the"
                                                       + " assistant", statusCode, USER_REFUSED, apiAnswer, null);
    }

    /**
     * The same refusal, for a caller that did not ask the token endpoint because it refused moments ago.
     */
    public SevenTargetsAuthenticationException remembered() {
        return new SevenTargetsAuthenticationException(getMessage() + " (a recent refusal, remembered: nothing is sent"
                                                       + " until a cool-down has passed"
                                                       + (USER_REFUSED.equals(errorCode) ? ""
                                                               : ", or the clientSecret changes") + ")",
                statusCode, errorCode, errorDescription, this);
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
     * Always false: a refused token or call was not carried out. Every exception of the component answers this, so
     * that a route's {@code ${exception.outcomeUnknown}} works whatever failed.
     */
    public boolean isOutcomeUnknown() {
        return false;
    }

    /**
     * The HTTP status of the token endpoint's answer (of 7Targets' for {@value #USER_REFUSED}).
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
     * The {@code error_description} the token endpoint gave, if any; for {@value #USER_REFUSED}, 7Targets' answer.
     */
    public String getErrorDescription() {
        return errorDescription;
    }
}
