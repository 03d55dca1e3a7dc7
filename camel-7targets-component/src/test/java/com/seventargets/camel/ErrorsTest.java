package com.seventargets.camel;

import com.seventargets.camel.model.Lead;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.junit.jupiter.api.Test;

import static com.seventargets.camel.TestLeads.lead;
import static com.seventargets.camel.CamelAssertions.assertThrowsCause;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ErrorsTest extends SevenTargetsTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:create").to("seventargets:lead");
                from("direct:update").to("seventargets:lead?operation=update");
                from("direct:noAssistant").to("seventargets:lead?assistantEmail=");
                outcomeOf("direct:outcomeOfALead", "seventargets:lead");
                outcomeOf("direct:outcomeOfASecret", "seventargets:lead?clientSecret=wrong");
            }

            /** Answers the failure's class and what the documented predicate says of it. */
            private void outcomeOf(String from, String to) {
                from(from).onException(Exception.class).handled(true)
                        .setBody(simple("${exception.class.simpleName} ${exception.outcomeUnknown}")).end()
                        .to(to);
            }
        };
    }

    @Test
    void invalidLeadNamesEveryOffendingFieldAndSendsNothing() {
        Lead lead = new Lead();
        lead.setEmail("not-an-address");

        SevenTargetsValidationException e = failure("direct:noAssistant", lead, SevenTargetsValidationException.class);

        assertThat(e.getOperation()).isEqualTo(SevenTargetsOperation.create);
        assertThat(e.getProblems()).containsExactly(
                "name is missing (mandatory)",
                "email 'not-an-address' is not an e-mail address (expected name@domain.tld)",
                "assistantEmail is missing (mandatory: set it on the lead or with the endpoint option assistantEmail)");
        assertThat(simulator().journal()).as("nothing is sent, not even a token request").isEmpty();
    }

    @Test
    void everyExceptionOfTheComponentAnswersTheOutcomeUnknownPredicate() {
        assertThat(template.requestBody("direct:outcomeOfALead", "{}", String.class))
                .isEqualTo("SevenTargetsValidationException false");
        assertThat(template.requestBody("direct:outcomeOfASecret", lead("A", "a@b.co"), String.class))
                .isEqualTo("SevenTargetsAuthenticationException false");
    }

    @Test
    void emptyAndMalformedBodiesAreRefusedBeforeSending() {
        assertThat(failure("direct:create", null, SevenTargetsValidationException.class))
                .hasMessageContaining("the body is empty");
        assertThat(failure("direct:create", "   ", SevenTargetsValidationException.class))
                .hasMessageContaining("the body is empty");
        assertThat(failure("direct:create", "{\"name\": ", SevenTargetsValidationException.class))
                .hasMessageContaining("the body is not valid JSON");
        assertThat(failure("direct:create", "[{\"name\":\"a\"}]", SevenTargetsValidationException.class))
                .hasMessageContaining("the body is not one lead: a JSON object is expected");
        assertThat(failure("direct:create", "{\"name\":\"a\",\"email\":\"a@b.co\",\"scheduleId\":\"abc\"}",
                SevenTargetsValidationException.class))
                .hasMessageContaining("field 'scheduleId' has the wrong type");
        assertThat(failure("direct:update", new Lead(), SevenTargetsValidationException.class))
                .hasMessageContaining("id and email are both missing");
        assertThat(simulator().journal()).isEmpty();
    }

    @Test
    void unknownOperationHeaderIsRefused() {
        SevenTargetsValidationException e = assertThrowsCause(SevenTargetsValidationException.class,
                () -> template.sendBodyAndHeader("direct:create", lead("A", "a@example.com"),
                        SevenTargetsConstants.OPERATION, "list"));

        assertThat(e).hasMessageContaining("Operation 'list' is not an operation of resource 'lead'; valid operations:"
                                           + " create, update, stopFollowup");
        assertThat(simulator().journal()).isEmpty();
    }

    @Test
    void apiErrorBecomesOurHttpOperationFailedException() {
        Lead unknown = new Lead();
        unknown.setEmail("nobody@example.com");

        SevenTargetsApiException e = failure("direct:update", unknown, SevenTargetsApiException.class);

        assertThat(e).isInstanceOf(HttpOperationFailedException.class);
        assertThat(e.getStatusCode()).isEqualTo(404);
        assertThat(e.getOperation()).isEqualTo("update");
        assertThat(e.getResponseBody()).contains("\"status\":404");
        assertThat(e.getMessage()).startsWith("7Targets update failed: PUT " + simulator().baseUrl()
                                              + "/leads answered HTTP 404");
    }

    @Test
    void serverSideValidationErrorSaysWhat7TargetsSaidAndKeepsTheResponseBody() {
        Lead lead = lead("A", "a@example.com");
        lead.setAssistantEmail("unknown-assistant@example.com");

        SevenTargetsApiException e = failure("direct:create", lead, SevenTargetsApiException.class);

        assertThat(e.getStatusCode()).isEqualTo(400);
        assertThat(e.getApiMessage()).isEqualTo("No assistant with this assistantEmail");
        assertThat(e.getMessage()).endsWith("answered HTTP 400 Bad Request: No assistant with this assistantEmail");
        assertThat(e.getResponseBody()).contains("\"message\":\"No assistant with this assistantEmail\"");
    }

    @Test
    void tokenErrorsBecomeAuthenticationExceptionsWithTheOAuthCode() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:badSecret").to("seventargets:lead?clientSecret=wrong");
                from("direct:badScope").to("seventargets:lead?scope=leads/delete");
            }
        });

        SevenTargetsAuthenticationException badSecret
                = failure("direct:badSecret", lead("A", "a@example.com"), SevenTargetsAuthenticationException.class);
        SevenTargetsAuthenticationException badScope
                = failure("direct:badScope", lead("A", "a@example.com"), SevenTargetsAuthenticationException.class);

        assertThat(badSecret.getErrorCode()).isEqualTo("invalid_client");
        assertThat(badSecret.getStatusCode()).isEqualTo(400);
        assertThat(badSecret).hasMessageContaining("check the options clientId and clientSecret");
        assertThat(badScope.getErrorCode()).isEqualTo("invalid_scope");
        assertThat(simulator().journal("/leads")).as("no API call without a token").isEmpty();
        assertThat(simulator().tokenRequestCount()).as("each failure asked once, no retry").isEqualTo(2);
    }

    @Test
    void unknownResourceOrOperationFailsWhenTheEndpointIsCreated() {
        assertThatThrownBy(() -> context.getEndpoint("seventargets:leads"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining("Unknown 7Targets resource 'leads' in the endpoint URI; valid resources: lead,"
                                      + " assistant");
        assertThatThrownBy(() -> context.getEndpoint("seventargets:assistant?operation=create"))
                .hasMessageContaining("Operation 'create' is not an operation of resource 'assistant'; valid"
                                      + " operations: list");
        assertThatThrownBy(() -> context.getEndpoint("seventargets:lead?operation=explode"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining("Unknown operation 'explode' for resource 'lead'; valid operations: create,"
                                      + " update, stopFollowup")
                .hasMessageNotContaining("Enum class");
    }

    @Test
    void plainHttpToARemoteHostIsRefused() {
        assertThatThrownBy(() -> context.getEndpoint("seventargets:lead?baseUrl=http://api.7targets.com"))
                .hasMessageContaining("Option baseUrl 'http://api.7targets.com' is refused: credentials never travel"
                                      + " unencrypted to a remote host");
        assertThatThrownBy(() -> context.getEndpoint("seventargets:lead?tokenUrl=http://10.0.0.1/oauth2/token"))
                .hasMessageContaining("Option tokenUrl 'http://10.0.0.1/oauth2/token' is refused");
        assertThat(context.getEndpoint("seventargets:lead?baseUrl=http://localhost:1")).isNotNull();
        assertThat(context.getEndpoint("seventargets:lead?baseUrl=http://127.0.0.2:1")).isNotNull();
        assertThat(context.getEndpoint("seventargets:lead?baseUrl=http://[::1]:1")).isNotNull();
    }

    @Test
    void missingCredentialsFailAtStartNamingBothPlaces() {
        // the context is running, so the endpoint starts as soon as it is resolved
        assertThatThrownBy(() -> context.getEndpoint("seventargets:lead?clientSecret=&userIdentifier="))
                .hasMessageContaining("Missing 7Targets credentials: clientSecret, userIdentifier")
                .hasMessageContaining("camel.component.seventargets.client-secret")
                .hasMessageContaining("seventargets:lead?clientSecret=RAW(...)");
    }

    private <T extends Exception> T failure(String uri, Object body, Class<T> type) {
        return assertThrowsCause(type, () -> template.sendBody(uri, body));
    }

}
