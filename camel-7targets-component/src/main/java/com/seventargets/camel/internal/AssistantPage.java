package com.seventargets.camel.internal;

import java.util.List;

import com.seventargets.camel.model.Assistant;

/**
 * One page of assistants, whichever shape the API answered with: a bare array (no paging facts), or a Spring Data
 * page object ({@code last}, {@code totalPages}).
 *
 * @param status     the HTTP status of the answer
 * @param last       whether the API said this is the last page, or null when it did not say
 * @param totalPages how many pages the API said there are, or null when it did not say
 */
record AssistantPage(int status, List<Assistant> assistants, Boolean last, Integer totalPages) {

    /**
     * Whether there is no page after this one, by the rules of 7Targets' paging: a short or empty page, the
     * {@code last} flag, or the page count. A page longer than asked for is the whole list: the API did not page.
     */
    boolean isLast(SevenTargetsApi.AssistantQuery query) {
        return assistants.size() != query.size()
               || Boolean.TRUE.equals(last)
               || (totalPages != null && query.page() + 1 >= totalPages);
    }
}
