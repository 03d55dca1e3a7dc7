package com.seventargets.camel;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;

import com.seventargets.camel.internal.SevenTargetsApi;
import com.seventargets.camel.model.Assistant;
import com.seventargets.camel.model.Lead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code validateAssistant} check: a lead that names an assistant the account does not have is refused before
 * it is sent. The account's assistants are listed (every page) before the first check and
 * again once {@code assistantCacheTtl} has passed; if 7Targets refuses to list them (the token's scope may not allow
 * it), that is logged once and leads are sent unchecked.
 */
final class AssistantCheck {

    private static final Logger LOG = LoggerFactory.getLogger(AssistantCheck.class);

    private final AssistantListing assistants;
    private final ReentrantLock listing = new ReentrantLock();
    private final long ttlNanos;
    /** The assistants' e-mails in lower case (null: the listing was refused) and until when they are used. */
    private volatile Known known;
    private boolean refusalLogged; // guarded by listing

    AssistantCheck(AssistantListing assistants, long ttlMillis) {
        this.assistants = assistants;
        this.ttlNanos = ttlMillis * 1_000_000;
    }

    /**
     * @throws SevenTargetsValidationException when the lead's assistantEmail is not one of the account's assistants
     */
    void check(Lead lead, SevenTargetsOperation operation, SevenTargetsApi.Client client)
            throws IOException, SevenTargetsApiException {
        String email = lead.getAssistantEmail();
        if (email == null || email.isBlank()) {
            return;
        }
        Set<String> emails = assistantEmails(client);
        if (emails != null && !emails.contains(email.toLowerCase(Locale.ROOT))) {
            // the account's assistants are not named: the problem may reach whoever sent the lead
            throw new SevenTargetsValidationException(operation, List.of(
                    "assistantEmail '" + email + "' is not one of the " + emails.size() + " assistants of this"
                    + " 7Targets account (the assistant resource lists them)"));
        }
    }

    private Set<String> assistantEmails(SevenTargetsApi.Client client) throws IOException, SevenTargetsApiException {
        Known current = known;
        if (current != null && System.nanoTime() - current.untilNanos() < 0) {
            return current.emails();
        }
        // one sender lists; the others go on with the list it replaces, or wait for the first one (a lock: virtual
        // threads do not pin on it)
        if (current != null) {
            if (!listing.tryLock()) {
                return current.emails();
            }
        } else {
            try {
                listing.lockInterruptibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("Interrupted while another sender listed the assistants");
            }
        }
        try {
            current = known;
            if (current != null && System.nanoTime() - current.untilNanos() < 0) {
                return current.emails();
            }
            Set<String> emails = list(client);
            known = new Known(emails, System.nanoTime() + ttlNanos);
            return emails;
        } finally {
            listing.unlock();
        }
    }

    private Set<String> list(SevenTargetsApi.Client client) throws IOException, SevenTargetsApiException {
        try {
            Set<String> emails = new TreeSet<>();
            for (Assistant assistant : assistants.all(client)) {
                if (assistant.getEmailid() != null) {
                    emails.add(assistant.getEmailid().toLowerCase(Locale.ROOT));
                }
            }
            return emails;
        } catch (SevenTargetsApiException | SevenTargetsAuthenticationException e) {
            // refused to this user or token (403, or a 401 even to a fresh token); anything else is not about listing
            boolean listingRefused = e instanceof SevenTargetsApiException answer ? answer.getStatusCode() == 403
                    : SevenTargetsAuthenticationException.USER_REFUSED.equals(
                            ((SevenTargetsAuthenticationException) e).getErrorCode());
            if (!listingRefused) {
                throw e;
            }
            if (!refusalLogged) {
                refusalLogged = true;
                LOG.warn("validateAssistant: 7Targets refused to list the assistants, so leads are sent without"
                         + " checking their assistantEmail: {}", e.getMessage());
            }
            return null;
        }
    }

    private record Known(Set<String> emails, long untilNanos) {
    }
}
