package com.seventargets.camel.quarkus.it;

import java.util.Map;

import jakarta.inject.Inject;

import com.seventargets.camel.SevenTargetsConstants;
import com.seventargets.camel.model.Lead;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The application configures nothing about 7Targets: the Dev Service starts the simulator and points the component at it. */
@QuarkusTest
class CreateLeadTest {

    static final String BASE_URL = "camel.component.seventargets.base-url";

    @Inject
    ProducerTemplate template;

    @Test
    void createsALeadWithNothingConfigured() {
        Exchange sent = template.request("direct:lead",
                exchange -> exchange.getMessage().setBody(Map.of("name", "Ada", "email", "ada@it.example")));

        assertThat(sent.getException()).isNull();
        assertThat(sent.getMessage().getHeader(SevenTargetsConstants.HTTP_RESPONSE_CODE, Integer.class)).isEqualTo(201);
        assertThat(sent.getMessage().getBody(Lead.class).getId()).isNotNull();
        assertThat(ConfigProvider.getConfig().getValue(BASE_URL, String.class)).startsWith("http://127.0.0.1:");
    }
}
