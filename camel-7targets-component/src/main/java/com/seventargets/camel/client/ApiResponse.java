package com.seventargets.camel.client;

/**
 * What 7Targets answered: the HTTP status and the body, mapped.
 */
public record ApiResponse<T>(int status, T body) {
}
