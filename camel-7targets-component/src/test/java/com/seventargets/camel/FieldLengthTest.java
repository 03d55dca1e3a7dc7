package com.seventargets.camel;

import java.util.HashMap;
import java.util.Map;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The length limits of a lead's text fields, checked before sending, at the limit and one character past it.
 */
class FieldLengthTest extends SevenTargetsTestSupport {

    private static final int LIMIT = 10_000;

    @ParameterizedTest
    @ValueSource(strings = {"name", "lastName", "email", "phone", "source", "context", "additionalInformationLine",
        "assistantEmail", "scheduleName"})
    void aFieldOneCharacterPastTheLimitIsRefusedBeforeSending(String field) {
        Map<String, Object> lead = new HashMap<>(Map.of("name", "Long", "email", "long@example.com"));
        lead.put(field, "x".repeat(LIMIT + 1));

        Exchange sent = template.request("seventargets:lead", exchange -> exchange.getIn().setBody(lead));

        assertThat(sent.getException()).isInstanceOf(SevenTargetsValidationException.class)
                .hasMessageContaining(field + " is 10001 characters long: at most 10000 are accepted");
        assertThat(simulator().journal("/leads")).isEmpty();
    }

    @Test
    void fieldsAtTheLimitAreAccepted() {
        Map<String, Object> lead = new HashMap<>();
        for (String field : new String[] {"name", "lastName", "phone", "source", "context", "additionalInformationLine",
            "scheduleName"}) {
            lead.put(field, "x".repeat(LIMIT));
        }
        lead.put("email", "a".repeat(248) + "@b.com"); // 254 characters: the longest e-mail address
        lead.put("customFields", java.util.List.of(Map.of("name", "notes", "value", "x".repeat(LIMIT))));

        Exchange sent = template.request("seventargets:lead?dryRun=true", exchange -> exchange.getIn().setBody(lead));

        assertThat(sent.getException()).isNull();
    }

    @Test
    void aBadEMailAddressIsQuotedWholeUpTo80CharactersAndCutAfter() {
        String eighty = "x".repeat(80);

        Exchange whole = template.request("seventargets:lead", exchange -> exchange.getIn().setBody(
                Map.of("name", "A", "email", eighty)));
        Exchange cut = template.request("seventargets:lead", exchange -> exchange.getIn().setBody(
                Map.of("name", "A", "email", eighty + "y")));

        assertThat(whole.getException()).hasMessageContaining("email '" + eighty + "' is not an e-mail address");
        assertThat(cut.getException()).hasMessageContaining("email '" + eighty + "...' is not an e-mail address");
    }
}
