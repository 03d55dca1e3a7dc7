package com.seventargets.camel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

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
    void aLeadOfOneMebibyteOfJsonIsSentAndOneByteMoreIsRefusedWithItsSize() {
        String dryRun = "seventargets:lead?dryRun=true";
        int unpadded = template.requestBody(dryRun, padded(""), String.class).length();
        String fits = "x".repeat(1024 * 1024 - unpadded);

        assertThat(template.requestBody(dryRun, padded(fits), String.class)).hasSize(1024 * 1024);
        Exchange over = template.request("seventargets:lead", exchange -> exchange.getIn().setBody(padded(fits + "x")));

        assertThat(over.getException()).isInstanceOf(SevenTargetsValidationException.class)
                .hasMessageContaining("the lead is 1048577 bytes of JSON: at most 1048576 are accepted");
        assertThat(simulator().journal("/leads")).isEmpty();
    }

    @Test
    void aHundredCustomFieldsWithNamesOf255CharactersAreAccepted() {
        List<Map<String, String>> fields = IntStream.range(0, 100)
                .mapToObj(i -> Map.of("name", String.format("%03d", i) + "n".repeat(252), "value", "v")).toList();

        Exchange sent = template.request("seventargets:lead", exchange -> exchange.getIn().setBody(
                Map.of("name", "Custom", "email", "custom@example.com", "customFields", fields)));

        assertThat(sent.getException()).isNull();
        assertThat(simulator().journal("/leads")).singleElement()
                .satisfies(request -> assertThat(request.body()).contains("099" + "n".repeat(252)));
    }

    /** A lead with a field 7Targets does not document, whose value pads the JSON. */
    private static Map<String, Object> padded(String padding) {
        return Map.of("name", "Padded", "email", "padded@example.com", "notes", padding);
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
