package com.seventargets.camel;

import java.io.IOException;
import java.util.Locale;

import com.seventargets.camel.internal.SevenTargetsApi;
import com.seventargets.camel.metrics.SevenTargetsStats;
import com.seventargets.camel.model.Lead;
import org.apache.camel.Message;
import org.apache.camel.spi.IdempotentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each create once per key of the endpoint's {@code idempotentRepository}: the key is added before sending (a
 * key already there means the lead was created, or is being created: nothing is sent), confirmed after 7Targets
 * created the lead, removed after a failure that surely created nothing (so that a redelivery may create it), and
 * kept when the outcome is unknown (the lead may exist: it is never sent again by itself).
 */
final class IdempotentCreates {

    private static final Logger LOG = LoggerFactory.getLogger(IdempotentCreates.class);

    private final IdempotentRepository repository;
    private final SevenTargetsStats stats;

    IdempotentCreates(IdempotentRepository repository, SevenTargetsStats stats) {
        this.repository = repository;
        this.stats = stats;
    }

    /** The key of a checked create: its assistant (after the endpoint's default) and its e-mail, lower-cased. */
    static String keyOf(Lead lead) {
        // no space can be in an e-mail address, so no two leads share a key
        return lead.getAssistantEmail().toLowerCase(Locale.ROOT) + " " + lead.getEmail().toLowerCase(Locale.ROOT);
    }

    /**
     * Sends the create unless its key is in the repository; sets {@link SevenTargetsConstants#DUPLICATE}.
     *
     * @return 7Targets' answer, or null when the lead was not sent: the body is then the lead as it would have been
     */
    SevenTargetsApi.Response<Lead> create(Message message, Lead lead, SevenTargetsApi.Client client)
            throws IOException, SevenTargetsApiException {
        String key = keyOf(lead);
        boolean added = repository.add(key);
        message.setHeader(SevenTargetsConstants.DUPLICATE, !added);
        if (!added) {
            stats.duplicate(SevenTargetsOperation.create.name());
            message.setBody(lead);
            return null;
        }
        SevenTargetsApi.Response<Lead> created;
        try {
            created = client.createLead(lead);
        } catch (Throwable e) {
            if (createdNothing(e)) {
                removeAfter(e, key);
            } else {
                LOG.warn("7Targets create of {} has an unknown outcome: the lead may have been created, so its key"
                         + " stays in the idempotentRepository and it is not sent again by itself; check it in"
                         + " 7Targets. {}", key, e.getMessage());
            }
            throw e;
        }
        try {
            repository.confirm(key);
        } catch (RuntimeException e) {
            // the lead is created: failing the exchange would only invite a redelivery
            LOG.warn("7Targets created {}, but the idempotentRepository could not confirm its key: {}", key, e.toString());
        }
        return created;
    }

    private void removeAfter(Throwable failure, String key) {
        try {
            repository.remove(key);
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /** Whether the failure surely created nothing: one of the component's, which says that it knows. */
    private static boolean createdNothing(Throwable failure) {
        if (failure instanceof SevenTargetsCallFailure call) {
            return !call.isOutcomeUnknown();
        }
        // its token refused before sending, or 7Targets' 401 to the user identifier
        return failure instanceof SevenTargetsAuthenticationException;
    }
}
