package com.seventargets.camel.client;

/**
 * One page of the assistant listing to ask for.
 */
public record AssistantQuery(int page, int size, String sort, String searchString) {

    /**
     * @throws IllegalArgumentException when the page is negative or the size not positive
     */
    public AssistantQuery {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException(
                    "page " + page + " and size " + size + ": page must be 0 or more, size 1 or more");
        }
    }

    public AssistantQuery nextPage() {
        return new AssistantQuery(page + 1, size, sort, searchString);
    }
}
