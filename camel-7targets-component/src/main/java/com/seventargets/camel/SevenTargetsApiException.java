package com.seventargets.camel;

import java.util.Map;

import org.apache.camel.http.base.HttpOperationFailedException;

/**
 * 7Targets (or its token endpoint) answered with a status that is not a success, or with a body that is not what
 * the operation returns. It is a camel-http {@link HttpOperationFailedException}, so {@code onException} handlers
 * written for camel-http catch it too.
 */
public class SevenTargetsApiException extends HttpOperationFailedException {

    private static final int BODY_EXCERPT = 500;

    private final String operation;
    private final String reason;

    public SevenTargetsApiException(String operation, String method, String uri, int statusCode, String statusText,
                                    Map<String, String> responseHeaders, String responseBody, String reason) {
        super(uri, statusCode, statusText, null, responseHeaders, responseBody);
        this.operation = operation;
        this.reason = "7Targets " + operation + " failed: " + method + " " + uri + " answered HTTP " + statusCode
                      + (statusText == null || statusText.isEmpty() ? "" : " " + statusText)
                      + (reason == null ? "" : ", " + reason) + excerpt(responseBody);
    }

    private static String excerpt(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String text = body.length() > BODY_EXCERPT ? body.substring(0, BODY_EXCERPT) + "..." : body;
        return ": " + text;
    }

    /**
     * The operation that failed: {@code create}, {@code update}, {@code stopFollowup}, {@code list} or
     * {@code token}.
     */
    public String getOperation() {
        return operation;
    }

    @Override
    public String getMessage() {
        return reason;
    }
}
