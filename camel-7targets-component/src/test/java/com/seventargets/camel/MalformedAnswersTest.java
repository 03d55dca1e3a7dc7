package com.seventargets.camel;

import java.util.List;

import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.seventargets.camel.CamelAssertions.assertThrowsCause;
import static com.seventargets.camel.TestLeads.lead;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers that are not what the API documents become clear exceptions of ours, never a Jackson exception or a
 * NullPointerException.
 */
class MalformedAnswersTest extends SevenTargetsTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:create").to("seventargets:lead?maxRetries=0");
                from("direct:list").to("seventargets:assistant?maxRetries=0");
            }
        };
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "200 | text/html        | <html><body>Bad gateway</body></html> | the body is not a JSON lead",
            "201 | application/json |                                       | the body is empty where a lead was expected",
            "201 | application/json | {\"id\": 1,                           | the body is not a JSON lead",
            "201 | application/json | [{\"id\": 1}]                         | the body is not a JSON lead",
            "201 | application/json | null                                  | the body is JSON null where a lead was expected",
            "201 | application/json | {\"id\": \"one\"}                     | the body is not a JSON lead",
            "500 | text/html        | <html><h1>Internal error</h1></html>  | answered HTTP 500"
    })
    void leadAnswers(int status, String contentType, String body, String problem) {
        simulator().faults().onPath("/leads").times(1).respondRaw(status, contentType, body == null ? "" : body);

        SevenTargetsApiException e = assertThrowsCause(SevenTargetsApiException.class,
                () -> template.sendBody("direct:create", lead("Ada", "ada@example.com")));

        assertThat(e.getMessage()).startsWith("7Targets create failed: POST ").contains(problem);
        assertThat(e.getStatusCode()).isEqualTo(status);
        assertThat(e.getResponseBody()).isEqualTo(body == null ? "" : body);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"foo\": 1}",
            "{\"content\": {}}",
            "\"assistants\"",
            "<html></html>"
    })
    void assistantAnswers(String body) {
        simulator().faults().onPath("/leads/assistant").times(1).respondRaw(200, "application/json", body);

        SevenTargetsApiException e = assertThrowsCause(SevenTargetsApiException.class,
                () -> template.sendBody("direct:list", null));

        assertThat(e.getMessage()).startsWith("7Targets list failed: GET ")
                .containsAnyOf("neither a JSON array of assistants nor a page object",
                        "the body is not a JSON list of assistants");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"expires_in\": 3600, \"token_type\": \"Bearer\"}",
            "{\"access_token\": \"\", \"expires_in\": 3600}",
            "{\"access_token\": 42}",
            "{\"access_token\": \"abc\", \"token_type\": \"MAC\"}",
            "<html>login</html>"
    })
    void tokenAnswersWithoutAUsableToken(String body) {
        simulator().faults().onPath("/oauth2/token").times(1).respondRaw(200, "application/json", body);

        SevenTargetsAuthenticationException e = assertThrowsCause(SevenTargetsAuthenticationException.class,
                () -> template.sendBody("direct:create", lead("Ada", "ada@example.com")));

        assertThat(e.getErrorCode()).isEqualTo("malformed_response");
        assertThat(e.getMessage()).contains("the answer has no Bearer access_token", "check the option tokenUrl");
        assertThat(simulator().journal("/leads")).isEmpty();
    }

    @Test
    void tokenEndpointErrorWithoutAnOAuthBodyIsAnApiError() {
        simulator().faults().onPath("/oauth2/token").times(1).respondRaw(400, "text/html", "<html>Bad request</html>");

        SevenTargetsApiException e = assertThrowsCause(SevenTargetsApiException.class,
                () -> template.sendBody("direct:create", lead("Ada", "ada@example.com")));

        assertThat(e.getOperation()).isEqualTo("token");
        assertThat(e.getStatusCode()).isEqualTo(400);
    }

    @Test
    void aTokenAnswerWithoutExpiresInIsAccepted() {
        simulator().faults().onPath("/oauth2/token").times(1)
                .respondRaw(200, "application/json", "{\"access_token\": \"" + "opaque" + "\"}");

        // the simulator did not issue that token, so the API refuses it and a real one is fetched
        assertThat(template.requestBody("direct:create", lead("Ada", "ada@example.com"), Object.class)).isNotNull();
        assertThat(simulator().journal("/leads")).extracting(r -> r.status()).isEqualTo(List.of(401, 201));
    }
}
