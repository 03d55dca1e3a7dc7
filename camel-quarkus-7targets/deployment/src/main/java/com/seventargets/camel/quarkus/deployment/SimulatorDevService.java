package com.seventargets.camel.quarkus.deployment;

import com.seventargets.camel.quarkus.SimulatorSettings;
import com.seventargets.simulator.SevenTargetsSimulator;
import io.quarkus.deployment.builditem.Startable;
import org.jboss.logging.Logger;

/** The 7Targets simulator, run in-process as a Dev Service. */
final class SimulatorDevService implements Startable {

    private static final Logger LOG = Logger.getLogger(SimulatorDevService.class);
    static final int ASSISTANTS = 3;

    private final int port;
    private SevenTargetsSimulator simulator;

    SimulatorDevService(int port) {
        this.port = port;
    }

    @Override
    public void start() {
        simulator = SevenTargetsSimulator.builder().port(port).seedAssistants(ASSISTANTS).build().start();
        LOG.info("Dev Services for 7Targets: the 7Targets simulator runs at " + simulator.baseUrl() + " and "
                 + SimulatorSettings.PREFIX + "* points at it");
    }

    SevenTargetsSimulator simulator() {
        return simulator;
    }

    @Override
    public String getConnectionInfo() {
        return simulator.baseUrl();
    }

    @Override
    public String getContainerId() {
        return null;
    }

    @Override
    public void close() {
        if (simulator != null) {
            simulator.stop();
        }
    }
}
