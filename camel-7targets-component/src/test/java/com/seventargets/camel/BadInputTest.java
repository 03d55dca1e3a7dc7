package com.seventargets.camel;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.seventargets.camel.model.CustomField;
import com.seventargets.camel.model.Lead;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Input a user can get wrong: each case fails with a {@link SevenTargetsValidationException} naming the problem,
 * nothing is sent to 7Targets, and the route goes on with the next message.
 */
class BadInputTest extends SevenTargetsTestSupport {

    private static final String VALID = "{\"name\":\"Ada\",\"email\":\"ada@example.com\"}";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                onException(SevenTargetsValidationException.class).handled(true).to("mock:rejected");
                from("direct:lead").toD("seventargets:lead?operation=${header.op}&assistantEmail=${header.assistant}")
                        .to("mock:sent");
                from("direct:assistant").to("seventargets:assistant").to("mock:sent");
            }
        };
    }

    static Stream<Arguments> badInput() {
        String megabyte = "x".repeat(1024 * 1024);
        return Stream.of(
                arguments("null body", null, "the body is empty"),
                arguments("empty text", "", "the body is empty"),
                arguments("blank text", "  \n\t ", "the body is empty"),
                arguments("empty bytes", new byte[0], "the body is empty"),
                arguments("JSON null", "null", "the body is JSON null"),
                arguments("truncated JSON", "{\"name\":\"Ada\"", "the body is not valid JSON"),
                arguments("not JSON", "name=Ada&email=ada@example.com", "the body is not valid JSON"),
                arguments("two objects", VALID + VALID, "the body is not one lead"),
                arguments("JSON array of leads", "[" + VALID + "]", "the body is not one lead: a JSON object is expected"),
                arguments("empty JSON array", "[]", "the body is not one lead"),
                arguments("JSON string", "\"Ada\"", "the body is not one lead"),
                arguments("JSON number", "42", "the body is not one lead"),
                arguments("non-UTF-8 bytes", new byte[] { '{', '"', 'n', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}' },
                        "the body is not valid JSON"),
                arguments("scheduleId not a number", "{\"name\":\"A\",\"email\":\"a@b.co\",\"scheduleId\":\"abc\"}",
                        "field 'scheduleId' has the wrong type"),
                arguments("scheduleId an object", "{\"name\":\"A\",\"email\":\"a@b.co\",\"scheduleId\":{}}",
                        "field 'scheduleId' has the wrong type"),
                arguments("name an object", "{\"name\":{\"first\":\"A\"},\"email\":\"a@b.co\"}",
                        "field 'name' has the wrong type"),
                arguments("customFields an object", "{\"name\":\"A\",\"email\":\"a@b.co\",\"customFields\":{\"a\":\"b\"}}",
                        "field 'customFields' has the wrong type"),
                arguments("customFields of strings", "{\"name\":\"A\",\"email\":\"a@b.co\",\"customFields\":[\"a\"]}",
                        "field 'customFields[0]' has the wrong type"),
                arguments("custom field without a name",
                        "{\"name\":\"A\",\"email\":\"a@b.co\",\"customFields\":[{\"value\":\"v\"}]}",
                        "customFields[0].name is missing"),
                arguments("custom field null", "{\"name\":\"A\",\"email\":\"a@b.co\",\"customFields\":[null]}",
                        "customFields[0].name is missing"),
                arguments("name missing", "{\"email\":\"a@b.co\"}", "name is missing"),
                arguments("name blank", "{\"name\":\"  \",\"email\":\"a@b.co\"}", "name is missing"),
                arguments("name null", "{\"name\":null,\"email\":\"a@b.co\"}", "name is missing"),
                arguments("email missing", "{\"name\":\"A\"}", "email is missing"),
                arguments("email blank", "{\"name\":\"A\",\"email\":\"\"}", "email is missing"),
                arguments("email without @", "{\"name\":\"A\",\"email\":\"ada\"}", "email 'ada' is not an e-mail address"),
                arguments("email without domain", "{\"name\":\"A\",\"email\":\"ada@\"}", "email 'ada@' is not an e-mail"),
                arguments("email without user", "{\"name\":\"A\",\"email\":\"@example.com\"}", "is not an e-mail"),
                arguments("email with a space", "{\"name\":\"A\",\"email\":\"a da@example.com\"}", "is not an e-mail"),
                arguments("email without a dot", "{\"name\":\"A\",\"email\":\"ada@example\"}", "is not an e-mail"),
                arguments("email too long", "{\"name\":\"A\",\"email\":\"" + "a".repeat(250) + "@b.co\"}",
                        "is not an e-mail"),
                arguments("assistantEmail malformed", "{\"name\":\"A\",\"email\":\"a@b.co\",\"assistantEmail\":\"bot\"}",
                        "assistantEmail 'bot' is not an e-mail address"),
                arguments("a 1 MB name", "{\"name\":\"" + megabyte + "\",\"email\":\"a@b.co\"}",
                        "name is 1048576 characters long: at most 10000 are accepted"),
                arguments("a 1 MB custom field", Map.of("name", "A", "email", "a@b.co",
                        "customFields", List.of(Map.of("name", "notes", "value", megabyte))),
                        "customFields[0].value is 1048576 characters long"),
                arguments("101 custom fields", Map.of("name", "A", "email", "a@b.co", "customFields",
                        java.util.Collections.nCopies(101, Map.of("name", "n", "value", "v"))),
                        "customFields has 101 fields: at most 100 are accepted"),
                arguments("a custom field name of 256 characters", Map.of("name", "A", "email", "a@b.co",
                        "customFields", List.of(Map.of("name", "n".repeat(256), "value", "v"))),
                        "customFields[0].name is 256 characters long: at most 255 are accepted"),
                arguments("a 2 MB field that is not a lead's", Map.of("name", "A", "email", "a@b.co",
                        "notes", megabyte + megabyte), "bytes of JSON: at most 1048576 are accepted"),
                arguments("email with NUL", "{\"name\":\"A\",\"email\":\"a\\u0000b@c.de\"}",
                        "email contains the control character U+0000 at position 1: an e-mail address has none"),
                arguments("email with ESC", Map.of("name", "A", "email", "a@b.co\u001B[2J"),
                        "email contains the control character U+001B at position 6"),
                arguments("email with DEL", Map.of("name", "A", "email", "a\u007F@b.co"),
                        "email contains the control character U+007F at position 1"),
                arguments("email with a C1 control", Map.of("name", "A", "email", "a@b.co\u0085"),
                        "email contains the control character U+0085 at position 6"),
                arguments("email with a line separator", Map.of("name", "A", "email", "a@b.co\u2028x@y.zz"),
                        "email contains the control character U+2028 at position 6"),
                arguments("assistantEmail with a paragraph separator",
                        Map.of("name", "A", "email", "a@b.co", "assistantEmail", "bot\u2029@b.co"),
                        "assistantEmail contains the control character U+2029 at position 3"),
                arguments("Map with a list for a name", Map.of("name", List.of(1, 2), "email", "a@b.co"),
                        "field 'name' has the wrong type"),
                arguments("Lead without anything", new Lead(), "name is missing"),
                arguments("unsupported body type", new Object(), "the body is a java.lang.Object"),
                arguments("invalid JSON stream", new ByteArrayInputStream("{oops".getBytes(StandardCharsets.UTF_8)),
                        "the body is not valid JSON"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void refusedBeforeSending(String description, Object body, String problem) throws Exception {
        assertRefused(body, Map.of("op", "create", "assistant", ASSISTANT), problem);
    }

    static Stream<Arguments> badMessages() {
        Lead unidentified = new Lead();
        unidentified.setName("Nobody");
        Lead badEmail = new Lead();
        badEmail.setEmail("not an address");
        Lead customFieldOnly = TestLeads.lead("A", "a@b.co");
        customFieldOnly.setCustomFields(List.of(new CustomField(" ", "v")));
        return Stream.of(
                arguments("assistantEmail missing everywhere", VALID, Map.of("op", "create", "assistant", ""),
                        "assistantEmail is missing (mandatory: set it on the lead or with the endpoint option"
                                                                                             + " assistantEmail)"),
                arguments("update without id or email", unidentified, Map.of("op", "update", "assistant", ""),
                        "id and email are both missing"),
                arguments("stop follow-up with a bad email", badEmail, Map.of("op", "stopFollowup", "assistant", ""),
                        "email 'not an address' is not an e-mail address"),
                arguments("custom field with a blank name", customFieldOnly,
                        Map.of("op", "create", "assistant", ASSISTANT), "customFields[0].name is missing"),
                arguments("unknown operation header", VALID, Map.of("op", "create", "assistant", ASSISTANT,
                        SevenTargetsConstants.OPERATION, "delete"),
                        "header CamelSevenTargetsOperation: Unknown operation 'delete' for resource 'lead'; valid"
                                                                    + " operations: create, update, stopFollowup"),
                arguments("operation of another resource", VALID, Map.of("op", "create", "assistant", ASSISTANT,
                        SevenTargetsConstants.OPERATION, SevenTargetsOperation.list),
                        "Operation 'list' is not an operation of resource 'lead'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badMessages")
    void badMessagesAreRefusedBeforeSending(String description, Object body, Map<String, Object> headers, String problem)
            throws Exception {
        assertRefused(body, headers, problem);
    }

    static Stream<Arguments> badPaging() {
        return Stream.of(
                arguments(SevenTargetsConstants.PAGE, "abc", "header CamelSevenTargetsPage 'abc' is not a valid integer"),
                arguments(SevenTargetsConstants.PAGE, -1, "page -1 and size 10: page must be 0 or more"),
                arguments(SevenTargetsConstants.SIZE, 0, "page 0 and size 0: page must be 0 or more, size 1 or more"),
                arguments(SevenTargetsConstants.SIZE, "", "header CamelSevenTargetsSize '' is not a valid integer"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badPaging")
    void badPagingHeadersAreRefusedBeforeSending(String header, Object value, String problem) throws Exception {
        MockEndpoint rejected = getMockEndpoint("mock:rejected");
        rejected.expectedMessageCount(1);

        template.sendBodyAndHeader("direct:assistant", null, header, value);

        rejected.assertIsSatisfied();
        assertThat(caught(rejected)).hasMessageContaining(problem);
        assertThat(simulator().journal()).isEmpty();
    }

    private void assertRefused(Object body, Map<String, Object> headers, String problem) throws Exception {
        MockEndpoint rejected = getMockEndpoint("mock:rejected");
        MockEndpoint sent = getMockEndpoint("mock:sent");
        rejected.expectedMessageCount(1);
        sent.expectedMessageCount(1);

        template.sendBodyAndHeaders("direct:lead", body, new LinkedHashMap<>(headers));
        // the route goes on with the next message
        template.sendBodyAndHeaders("direct:lead", VALID, Map.of("op", "create", "assistant", ASSISTANT));

        rejected.assertIsSatisfied();
        sent.assertIsSatisfied();
        SevenTargetsValidationException e = caught(rejected);
        assertThat(e.getMessage()).startsWith("Invalid message for 7Targets ").contains(problem);
        assertThat(e.getProblems()).isNotEmpty();
        assertThat(simulator().journal("/leads")).as("only the valid lead was sent").hasSize(1);
    }

    private static SevenTargetsValidationException caught(MockEndpoint rejected) {
        return rejected.getExchanges().get(0).getProperty(Exchange.EXCEPTION_CAUGHT,
                SevenTargetsValidationException.class);
    }

}
