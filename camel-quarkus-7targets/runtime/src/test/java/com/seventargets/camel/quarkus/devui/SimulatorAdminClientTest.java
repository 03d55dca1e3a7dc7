package com.seventargets.camel.quarkus.devui;

import java.io.IOException;
import java.net.http.HttpClient;
import java.util.Map;

import com.seventargets.camel.SevenTargetsComponent;
import com.seventargets.camel.quarkus.SimulatorSettings;
import com.seventargets.simulator.SevenTargetsSimulator;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reads a real simulator that received leads through the component. */
class SimulatorAdminClientTest {

    private final HttpClient http = SimulatorAdminClient.newHttpClient();
    private SevenTargetsSimulator simulator;
    private DefaultCamelContext camel;

    @BeforeEach
    void sendFiveLeads() {
        simulator = SevenTargetsSimulator.builder().seedAssistants(1).build().start();
        camel = new DefaultCamelContext();
        SevenTargetsComponent component = new SevenTargetsComponent();
        SimulatorSettings.pointAt(component.getConfiguration(), simulator);
        camel.addComponent("seventargets", component);
        camel.start();
        ProducerTemplate template = camel.createProducerTemplate();
        for (int i = 1; i <= 5; i++) {
            template.requestBody("seventargets:lead", Map.of("name", "Lead " + i, "email", "lead" + i + "@admin.example"));
        }
    }

    @AfterEach
    void stop() {
        camel.stop();
        simulator.stop();
    }

    @Test
    void keepsTheNewestLeadsNewestFirstAndCountsThemAll() throws Exception {
        SimulatorAdminClient.ReceivedLeads leads = new SimulatorAdminClient(simulator.baseUrl(), http).leads(3);

        assertThat(leads.simulatorUrl()).isEqualTo(simulator.baseUrl());
        assertThat(leads.held()).isEqualTo(5);
        assertThat(leads.newest()).extracting(lead -> lead.get("email"))
                .containsExactly("lead5@admin.example", "lead4@admin.example", "lead3@admin.example");
        assertThat(leads.newest().get(0)).containsEntry("assistantEmail", SimulatorSettings.firstAssistantEmail(simulator));
    }

    @Test
    void countsTheLeadsFromTheStats() throws Exception {
        assertThat(new SimulatorAdminClient(simulator.baseUrl() + "/", http).leadCount()).isEqualTo(5);
    }

    @Test
    void showsNoCredential() throws Exception {
        String shown = new SimulatorAdminClient(simulator.baseUrl(), http).leads(10).toString();

        assertThat(shown).contains("lead1@admin.example")
                .doesNotContain(simulator.clientSecret(), simulator.userIdentifier(), simulator.clientId());
        assertThat(simulator.issuedTokens()).isNotEmpty().allSatisfy(token -> assertThat(shown).doesNotContain(token));
    }

    @Test
    void namesTheUrlAndPathWhenTheAnswerIsNotTheSimulators() {
        SimulatorAdminClient notASimulator = new SimulatorAdminClient(simulator.baseUrl() + "/elsewhere", http);

        assertThatThrownBy(() -> notASimulator.leads(3)).isInstanceOf(IOException.class)
                .hasMessage("The 7Targets simulator at " + simulator.baseUrl() + "/elsewhere answered GET"
                            + " /_simulator/leads with 404 (is it a simulator, with its admin API?)");
    }

    @Test
    void namesTheUrlWhenNothingAnswers() {
        String url = simulator.baseUrl();
        simulator.stop();

        assertThatThrownBy(() -> new SimulatorAdminClient(url, http).leadCount()).isInstanceOf(IOException.class)
                .hasMessageStartingWith("The 7Targets simulator at " + url + " did not answer GET /_simulator/stats");
    }

    @Test
    void refusesToKeepNoLead() {
        assertThatThrownBy(() -> new SimulatorAdminClient(simulator.baseUrl(), http).leads(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("limit must be at least 1, was 0");
    }
}
