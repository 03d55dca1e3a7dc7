package com.seventargets.camel.quarkus.devui;

import java.io.IOException;
import java.net.http.HttpClient;

import jakarta.inject.Inject;

import com.seventargets.camel.SevenTargetsComponent;
import io.smallrye.common.annotation.Blocking;
import org.apache.camel.CamelContext;

/**
 * What the Dev UI shows of the 7Targets simulator the application sends to (the Dev Service or the demo simulator):
 * its URL and the leads it received. Registered in dev mode only, and only when the simulator runs.
 */
public class SevenTargetsJsonRpcService {

    /** The most leads a page shows: the simulator may hold many more. */
    static final int MOST_LEADS_SHOWN = 100;

    @Inject
    CamelContext camel;

    private final HttpClient http = SimulatorAdminClient.newHttpClient();

    /** The simulator's URL. */
    public String getSimulatorUrl() {
        return simulator().url();
    }

    /** The URL of the simulator's figures, for the card's external page. */
    public String getStatsUrl() {
        return simulator().statsUrl();
    }

    /** The card's label of the leads page: how many leads the simulator holds. */
    @Blocking
    public String getLeadCount() throws IOException, InterruptedException {
        return String.valueOf(simulator().leadCount());
    }

    /** The leads the simulator holds: how many, and the newest of them, newest first. */
    @Blocking
    public SimulatorAdminClient.ReceivedLeads getLeads() throws IOException, InterruptedException {
        return simulator().leads(MOST_LEADS_SHOWN);
    }

    // the component's base URL is the simulator's: the Dev Service and the demo switch both point it there
    private SimulatorAdminClient simulator() {
        return new SimulatorAdminClient(
                camel.getComponent("seventargets", SevenTargetsComponent.class).getConfiguration().getBaseUrl(), http);
    }
}
