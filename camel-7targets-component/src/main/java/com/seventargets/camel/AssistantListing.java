package com.seventargets.camel;

import java.io.IOException;
import java.util.List;

import com.seventargets.camel.internal.SevenTargetsApi;
import com.seventargets.camel.internal.SevenTargetsApi.AssistantQuery;
import com.seventargets.camel.model.Assistant;
import org.apache.camel.Message;
import org.apache.camel.NoTypeConversionAvailableException;
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
    SevenTargetsApi.Response<List<Assistant>> list(Message message, SevenTargetsApi.Client client)
            throws IOException, SevenTargetsApiException {
        return client.listAssistants(queryOf(message), configuration.isAllPages());
    }

    /** Every assistant of the account, in pages of 100 (the most 7Targets gives). */
    List<Assistant> all(SevenTargetsApi.Client client) throws IOException, SevenTargetsApiException {
        return client.listAssistants(new AssistantQuery(0, 100, configuration.getSort(), null), true).body();
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
