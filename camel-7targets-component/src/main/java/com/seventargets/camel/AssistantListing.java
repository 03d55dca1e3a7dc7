package com.seventargets.camel;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
     *
     * @throws SevenTargetsValidationException when a paging header is invalid, before anything is sent
     */
    Listed list(Message message, SevenTargetsClient client) throws IOException, SevenTargetsApiException {
        return walk(client, queryOf(message), configuration.isAllPages());
    }

    /** Every assistant of the account, in pages of 100 (the most 7Targets gives). */
    List<Assistant> all(SevenTargetsClient client) throws IOException, SevenTargetsApiException {
        return walk(client, new AssistantQuery(0, 100, configuration.getSort(), null), true).assistants();
    }

    private static Listed walk(SevenTargetsClient client, AssistantQuery first, boolean allPages)
            throws IOException, SevenTargetsApiException {
        AssistantQuery query = first;
        ApiResponse<AssistantPage> response = client.listAssistants(query);
        List<Assistant> found = new ArrayList<>(response.body().assistants());
        while (allPages && !response.body().isLast(query)) {
            AssistantQuery next = query.nextPage();
            List<Assistant> previous = response.body().assistants();
            response = client.listAssistants(next);
            List<Assistant> current = response.body().assistants();
            if (!previous.isEmpty() && !current.isEmpty()
                && Objects.equals(previous.get(0).getId(), current.get(0).getId())) {
                throw new RuntimeCamelException("7Targets answered page " + next.page() + " with the assistants of"
                                                + " page " + query.page() + ": it seems to ignore the page parameter,"
                                                + " so allPages cannot walk it; list one page at a time");
            }
            found.addAll(current);
            query = next;
        }
        return new Listed(found, response.status());
    }

    /** What a listing found. */
    record Listed(List<Assistant> assistants, int status) {
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
