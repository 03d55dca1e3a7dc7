package com.seventargets.camel;

import com.seventargets.camel.model.Lead;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;

import static com.seventargets.camel.TestLeads.lead;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the meters, the JMX attributes and the developer console are tested with: 10 valid leads, of which 7Targets
 * answers one 503 once and another 429 once, 2 invalid ones, and the first lead again, which the endpoint's idempotent
 * repository holds back as a duplicate.
 */
final class MetricsScenario {

    static final String ROUTE = "direct:create";

    private MetricsScenario() {
    }

    static RouteBuilder route() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(ROUTE).to("seventargets:lead?retryDelay=10&maxRetryDelay=100&idempotentRepository="
                               + "#class:" + MemoryIdempotentRepository.class.getName());
            }
        };
    }

    static void send(ProducerTemplate template) {
        for (int i = 1; i <= 10; i++) {
            if (i == 3) {
                SevenTargetsTestSupport.simulator().faults().onPath("/leads").times(1).respond(503);
            }
            if (i == 7) {
                SevenTargetsTestSupport.simulator().faults().onPath("/leads").times(1).respond(429);
            }
            Lead created = template.requestBody(ROUTE, lead("Lead " + i, "lead" + i + "@example.com"), Lead.class);
            assertThat(created.getId()).isNotNull();
        }
        for (String invalid : new String[] { "not-an-email", "" }) {
            assertThat(template.send(ROUTE, e -> e.getMessage().setBody(lead("Nobody", invalid))).getException())
                    .isInstanceOf(SevenTargetsValidationException.class);
        }
        assertThat(template.request(ROUTE, e -> e.getMessage().setBody(lead("Lead 1", "lead1@example.com")))
                .getMessage().getHeader(SevenTargetsConstants.DUPLICATE)).isEqualTo(true);
    }
}
