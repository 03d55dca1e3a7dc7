package com.seventargets.camel;

import com.seventargets.camel.model.Lead;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.seventargets.camel.TestLeads.lead;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code dryRun=true}: everything but the write.
 */
class DryRunTest extends SevenTargetsTestSupport {

    @Test
    void aDryRunChecksAndCompletesTheLeadGetsATokenAndSendsNothing() {
        Exchange done = template.request("seventargets:lead?dryRun=true&source=Kafka",
                exchange -> exchange.getIn().setBody(lead("Ada", "ada@example.com")));

        assertThat(done.getException()).isNull();
        assertThat(done.getMessage().getHeader(SevenTargetsConstants.DRY_RUN)).isEqualTo(true);
        assertThat(done.getMessage().getBody(String.class)).as("the JSON that would have been sent")
                .contains("\"name\":\"Ada\"", "\"email\":\"ada@example.com\"", "\"source\":\"Kafka\"",
                        "\"assistantEmail\":\"" + ASSISTANT + "\"")
                .doesNotContain(simulator().userIdentifier(), simulator().clientSecret());
        assertThat(simulator().tokenRequestCount()).as("the credentials were proven").isEqualTo(1);
        assertThat(simulator().journal("/leads")).isEmpty();
        assertThat(simulator().leads()).isEmpty();
    }

    @Test
    void aDryRunRefusesAnInvalidLeadAsTheRealCallWould() {
        Exchange done = template.request("seventargets:lead?operation=update&dryRun=true",
                exchange -> exchange.getIn().setBody(new Lead()));

        assertThat(done.getException()).isInstanceOf(SevenTargetsValidationException.class)
                .hasMessageContaining("id and email are both missing");
        assertThat(done.getMessage().getHeader(SevenTargetsConstants.DRY_RUN)).isNull();
        assertThat(simulator().journal()).isEmpty();
    }
}
