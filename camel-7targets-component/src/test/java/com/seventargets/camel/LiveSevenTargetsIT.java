package com.seventargets.camel;

import java.util.List;

import com.seventargets.camel.model.Assistant;
import com.seventargets.camel.model.Lead;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Against the real 7Targets, only when {@code SEVENTARGETS_CLIENT_ID}, {@code SEVENTARGETS_CLIENT_SECRET},
 * {@code SEVENTARGETS_USER_IDENTIFIER} and {@code SEVENTARGETS_ASSISTANT_EMAIL} are set (optionally
 * {@code SEVENTARGETS_TOKEN_URL} and {@code SEVENTARGETS_BASE_URL}, e.g. for QA). Run it with
 * {@code mvn -pl camel-7targets-component verify -Dit.test=LiveSevenTargetsIT}; it creates one lead named
 * "camel-7targets live test" and stops its follow-up.
 */
@EnabledIfEnvironmentVariable(named = "SEVENTARGETS_CLIENT_ID", matches = ".+")
class LiveSevenTargetsIT extends CamelTestSupport {

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        SevenTargetsComponent component = new SevenTargetsComponent();
        SevenTargetsConfiguration configuration = component.getConfiguration();
        configuration.setClientId(System.getenv("SEVENTARGETS_CLIENT_ID"));
        configuration.setClientSecret(System.getenv("SEVENTARGETS_CLIENT_SECRET"));
        configuration.setUserIdentifier(System.getenv("SEVENTARGETS_USER_IDENTIFIER"));
        configuration.setAssistantEmail(System.getenv("SEVENTARGETS_ASSISTANT_EMAIL"));
        if (System.getenv("SEVENTARGETS_TOKEN_URL") != null) {
            configuration.setTokenUrl(System.getenv("SEVENTARGETS_TOKEN_URL"));
        }
        if (System.getenv("SEVENTARGETS_BASE_URL") != null) {
            configuration.setBaseUrl(System.getenv("SEVENTARGETS_BASE_URL"));
        }
        context.addComponent("seventargets", component);
        return context;
    }

    @Test
    void listsAssistantsCreatesALeadAndStopsItsFollowup() {
        List<?> assistants = template.requestBody("seventargets:assistant", null, List.class);
        assertThat(assistants).allSatisfy(a -> assertThat(a).isInstanceOf(Assistant.class));

        Lead lead = new Lead();
        lead.setName("camel-7targets live test");
        lead.setEmail("camel-7targets-live-test+" + System.currentTimeMillis() + "@example.com");
        Lead created = template.requestBody("seventargets:lead", lead, Lead.class);
        assertThat(created.getId()).isNotNull();

        Lead stop = new Lead();
        stop.setId(created.getId());
        Lead stopped = template.requestBody("seventargets:lead?operation=stopFollowup", stop, Lead.class);
        assertThat(stopped.getNextScheduleTime()).isNull();
    }
}
