package com.seventargets.camel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import com.seventargets.camel.client.ApiResponse;
import com.seventargets.camel.client.AssistantPage;
import com.seventargets.camel.client.AssistantQuery;
import com.seventargets.camel.client.SevenTargetsClient;
import com.seventargets.camel.model.Assistant;
import org.apache.camel.Message;
import org.apache.camel.NoTypeConversionAvailableException;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.TypeConversionException;

/**
 * Lists assistants for a message: the endpoint's paging options, overridden by the message's headers; one page, or
 * every page from there on.
 */
final class AssistantListing {

    private final SevenTargetsConfiguration configuration;

    AssistantListing(SevenTargetsConfiguration configuration) {
        this.configuration = configuration;
    }

    /**
     * The assistants and the last HTTP status, for the message's query: one page, or every page from there on.
     * Fails with {@link SevenTargetsValidationException} at once when a paging header is invalid.
     */
    CompletableFuture<Listed> list(Message message, SevenTargetsClient client) {
        AssistantQuery query = queryOf(message);
        return client.listAssistants(query)
                .thenCompose(response -> walk(client, query, response, new ArrayList<>(response.body().assistants())));
    }

    /** What a listing found. */
    record Listed(List<Assistant> assistants, int status) {
    }

    private CompletableFuture<Listed> walk(
            SevenTargetsClient client, AssistantQuery query, ApiResponse<AssistantPage> response,
            List<Assistant> found) {
        if (!configuration.isAllPages() || response.body().isLast(query)) {
            return CompletableFuture.completedFuture(new Listed(found, response.status()));
        }
        AssistantQuery next = query.nextPage();
        List<Assistant> previous = response.body().assistants();
        return client.listAssistants(next).thenCompose(page -> {
            List<Assistant> current = page.body().assistants();
            if (!previous.isEmpty() && !current.isEmpty()
                && Objects.equals(previous.get(0).getId(), current.get(0).getId())) {
                throw new RuntimeCamelException("7Targets answered page " + next.page() + " with the assistants of"
                                                + " page " + query.page() + ": it seems to ignore the page parameter,"
                                                + " so allPages cannot walk it; list one page at a time");
            }
            found.addAll(current);
            return walk(client, next, page, found);
        });
    }

    private AssistantQuery queryOf(Message message) {
        try {
            return new AssistantQuery(
                    header(message, SevenTargetsConstants.PAGE, configuration.getPage(), Integer.class),
                    header(message, SevenTargetsConstants.SIZE, configuration.getSize(), Integer.class),
                    header(message, SevenTargetsConstants.SORT, configuration.getSort(), String.class),
                    header(message, SevenTargetsConstants.SEARCH_STRING, configuration.getSearchString(), String.class));
        } catch (IllegalArgumentException e) {
            throw new SevenTargetsValidationException(SevenTargetsOperation.list, List.of(e.getMessage()), e);
        }
    }

    private static <T> T header(Message message, String name, T defaultValue, Class<T> type) {
        Object value = message.getHeader(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            return message.getExchange().getContext().getTypeConverter().mandatoryConvertTo(type, value);
        } catch (TypeConversionException | NoTypeConversionAvailableException e) {
            throw new IllegalArgumentException("header " + name + " '" + value + "' is not a valid "
                                               + type.getSimpleName().toLowerCase(), e);
        }
    }
}
