package com.seventargets.camel.client;

/**
 * One page of the assistant listing to ask for.
 */
public record AssistantQuery(int page, int size, String sort, String searchString) {

    public AssistantQuery nextPage() {
        return new AssistantQuery(page + 1, size, sort, searchString);
    }
}
