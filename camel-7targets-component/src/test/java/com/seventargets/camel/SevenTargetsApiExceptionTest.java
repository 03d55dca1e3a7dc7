package com.seventargets.camel;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What an API failure says: 7Targets' own message when it sent one, or else the start of its answer. */
class SevenTargetsApiExceptionTest {

    private static SevenTargetsApiException answered(String body) {
        return new SevenTargetsApiException("create", "POST", "https://api/leads", 400, "Bad Request", Map.of(), body,
                1, null, false);
    }

    @Test
    void saysWhat7TargetsSaidInItsJsonMessage() {
        SevenTargetsApiException e = answered("{\"status\":400,\"message\":\"No assistant with this assistantEmail\"}");

        assertThat(e.getApiMessage()).isEqualTo("No assistant with this assistantEmail");
        assertThat(e.getMessage()).isEqualTo("7Targets create failed: POST https://api/leads answered HTTP 400 Bad"
                                             + " Request: No assistant with this assistantEmail");
        assertThat(e.isOutcomeUnknown()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a blank message | {\"message\":\" \"}",
        "a message that is not text | {\"message\":42}",
        "no message | {\"error\":\"Bad Request\"}",
        "JSON that does not parse | {\"message\":",
        "text | Bad Request"})
    void withoutAMessageSaysTheStartOfTheAnswer(String what, String body) {
        SevenTargetsApiException e = answered(body);

        assertThat(e.getApiMessage()).isNull();
        assertThat(e.getMessage()).endsWith("answered HTTP 400 Bad Request: " + body);
    }

    @Test
    void aLongAnswerIsCutAfter500Characters() {
        String body = "x".repeat(500);

        assertThat(answered(body).getMessage()).endsWith(": " + body);
        assertThat(answered(body + "y").getMessage()).endsWith(": " + body + "...");
    }

    @Test
    void anEmptyAnswerAddsNothing() {
        assertThat(answered("").getMessage()).endsWith("answered HTTP 400 Bad Request");
        assertThat(answered("  ").getMessage()).endsWith("answered HTTP 400 Bad Request");
        assertThat(answered(null).getMessage()).endsWith("answered HTTP 400 Bad Request");
    }

    @Test
    void anOutcomeMayBeUnknownAndAttemptsAreCounted() {
        SevenTargetsApiException e = new SevenTargetsApiException("create", "POST", "https://api/leads", 200, "OK",
                Map.of(), "{oops", 3, "the body is not a lead", true);

        assertThat(e.isOutcomeUnknown()).isTrue();
        assertThat(e.getAttempts()).isEqualTo(3);
        assertThat(e.getMessage()).isEqualTo("7Targets create failed: POST https://api/leads answered HTTP 200 OK after"
                                             + " 3 attempts, the body is not a lead: {oops");
    }
}
