package com.seventargets.camel;

import java.util.List;
import java.util.Map;

import com.seventargets.camel.model.Assistant;
import com.seventargets.simulator.AssistantListShape;
import com.seventargets.simulator.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AssistantListTest extends SevenTargetsTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:list").to("seventargets:assistant");
                from("direct:all").to("seventargets:assistant?allPages=true&size=2&sort=name,asc");
            }
        };
    }

    @Test
    void listsOnePageWithTheDocumentedQuery() {
        Exchange exchange = template.request("direct:list", e -> {
        });

        List<Assistant> assistants = assistants(exchange);
        assertThat(assistants).as("the default page of 10, of the 12 seeded").hasSize(10);
        assertThat(assistants.get(0).getEmailid()).endsWith("@simulator.7targets.test");
        assertThat(assistants).extracting(Assistant::getName).startsWith("Assistant 12", "Assistant 11");
        assertThat(assistants.get(0).getRole()).isEqualTo("BDE");
        assertThat(assistants.get(1).getRole()).as("the simulator's 11th has none, as the document's second").isNull();
        assertThat(assistants.get(1).getDescription()).isNull();
        assertThat(exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(200);
        RecordedRequest request = single("/leads/assistant");
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.queryParams()).containsExactlyInAnyOrderEntriesOf(
                Map.of("searchString", "", "page", "0", "size", "10", "sort", "lastModifiedDate,desc"));
        assertThat(request.header("Authorization")).startsWith("Bearer ");
        assertThat(request.header("7ts-user-identifier")).isEqualTo(simulator().userIdentifier());
    }

    @Test
    void headersOverridePagingAndSearch() {
        Exchange exchange = template.request("direct:list", e -> {
            e.getIn().setHeader(SevenTargetsConstants.PAGE, 1);
            e.getIn().setHeader(SevenTargetsConstants.SIZE, "3");
            e.getIn().setHeader(SevenTargetsConstants.SORT, "name,asc");
            e.getIn().setHeader(SevenTargetsConstants.SEARCH_STRING, "assistant");
        });

        assertThat(assistants(exchange)).extracting(Assistant::getName)
                .containsExactly("Assistant 12", "Assistant 2", "Assistant 3");
        assertThat(single("/leads/assistant").queryParams()).containsExactlyInAnyOrderEntriesOf(
                Map.of("searchString", "assistant", "page", "1", "size", "3", "sort", "name,asc"));
    }

    @ParameterizedTest
    @EnumSource(AssistantListShape.class)
    void walksAllPagesOfEveryResponseShape(AssistantListShape shape) {
        simulator().addAssistant("Assistant 13", "assistant13@simulator.7targets.test");
        simulator().setAssistantListShape(shape);

        List<Assistant> assistants = assistants(template.request("direct:all", e -> {
        }));

        assertThat(assistants).extracting(Assistant::getName).containsExactly("Assistant 1", "Assistant 10",
                "Assistant 11", "Assistant 12", "Assistant 13", "Assistant 2", "Assistant 3", "Assistant 4",
                "Assistant 5", "Assistant 6", "Assistant 7", "Assistant 8", "Assistant 9");
        // 13 assistants in pages of 2: the seventh page is short, so nobody asks for an eighth
        assertThat(simulator().journal("/leads/assistant")).extracting(r -> r.queryParams().get("page"))
                .containsExactly("0", "1", "2", "3", "4", "5", "6");
    }

    @Test
    void allPagesReadsAHundredPagesAtMost() {
        for (int i = 13; i <= 101; i++) {
            simulator().addAssistant("Assistant " + i, "assistant" + i + "@simulator.7targets.test");
        }

        Exchange endless = template.request("seventargets:assistant?allPages=true&size=1", e -> {
        });

        assertThat(endless.getException()).isInstanceOf(SevenTargetsApiException.class)
                .hasMessageContaining("answered HTTP 200, allPages stopped after 100 pages of 1 assistants");
        assertThat(((SevenTargetsApiException) endless.getException()).isOutcomeUnknown()).isFalse();
        assertThat(simulator().journal("/leads/assistant")).hasSize(100);
    }

    @Test
    void stopsAtTheLastPageWhenItIsFull() {
        simulator().setAssistantListShape(AssistantListShape.PAGE);

        assertThat(assistants(template.request("direct:all", e -> {
        }))).hasSize(12);

        assertThat(simulator().journal("/leads/assistant")).as("the page object says the sixth page is the last")
                .hasSize(6);
    }

    @Test
    void stopsAtTheLastPageByTheNestedPageCount() {
        simulator().setAssistantListShape(AssistantListShape.PAGE_METADATA);

        assertThat(assistants(template.request("direct:all", e -> {
        }))).hasSize(12);

        assertThat(simulator().journal("/leads/assistant")).as("page.totalPages says there are 6").hasSize(6);
    }

    @Test
    void anArrayLongerThanThePageIsTheWholeList() {
        simulator().faults().onPath("/leads/assistant").times(1).respondRaw(200, "application/json",
                "[{\"id\":1},{\"id\":2},{\"id\":3}]");

        assertThat(assistants(template.request("direct:all", e -> {
        }))).hasSize(3);

        assertThat(simulator().journal("/leads/assistant")).as("a server that does not page is asked once").hasSize(1);
    }

    @Test
    void refusesToWalkAServerThatIgnoresThePage() {
        simulator().faults().onPath("/leads/assistant").rate(1.0).respondRaw(200, "application/json",
                "[{\"id\":1},{\"id\":2}]");

        SevenTargetsApiException e = CamelAssertions.assertThrowsCause(SevenTargetsApiException.class,
                () -> template.sendBody("direct:all", null));

        assertThat(e).hasMessageContaining("answered HTTP 200, 7Targets answered page 1 with the assistants of page 0:"
                                           + " it seems to ignore the page parameter");
        assertThat(e.getOperation()).isEqualTo("list");
        assertThat(simulator().journal("/leads/assistant")).hasSize(2);
    }

    @Test
    void everyFieldOfAnAssistantIsMappedAsTheSimulatorSentIt() {
        List<Assistant> assistants = assistants(template.request("direct:list", e -> {
        }));

        for (Assistant assistant : assistants) {
            Map<String, Object> sent = simulator().assistants().stream()
                    .filter(a -> a.get("emailid").equals(assistant.getEmailid())).findFirst().orElseThrow();
            assertThat(assistant.getId()).isEqualTo(((Number) sent.get("id")).longValue());
            assertThat(assistant.getName()).isEqualTo(sent.get("name"));
            assertThat(assistant.getOrganisationId()).isEqualTo(((Number) sent.get("organisationId")).longValue());
            assertThat(assistant.getCompleteSignature()).isEqualTo(sent.get("completeSignature"));
            assertThat(assistant.getDescription()).isEqualTo(sent.get("description"));
            assertThat(assistant.getRole()).isEqualTo(sent.get("role"));
            assertThat(assistant.getDefaultScheduleId()).isEqualTo(((Number) sent.get("defaultScheduleId")).longValue());
            assertThat(assistant.getDefaultScheduleIdForEmailCC())
                    .isEqualTo(((Number) sent.get("defaultScheduleIdForEmailCC")).longValue());
            assertThat(assistant.getPerDayEmailLimit()).isEqualTo(((Number) sent.get("perDayEmailLimit")).intValue());
            assertThat(assistant.toString()).isEqualTo("Assistant[id=" + assistant.getId() + ", name="
                                                       + assistant.getName() + ", emailid=" + assistant.getEmailid() + "]");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Assistant> assistants(Exchange exchange) {
        return exchange.getMessage().getBody(List.class);
    }
}
