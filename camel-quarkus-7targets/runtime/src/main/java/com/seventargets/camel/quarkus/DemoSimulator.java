package com.seventargets.camel.quarkus;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.seventargets.camel.SevenTargetsComponent;
import com.seventargets.simulator.SevenTargetsSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.health.HealthCheckRegistry;
import org.jboss.logging.Logger;

/**
 * The 7Targets simulator started on purpose by {@code quarkus.camel.seventargets.simulator.enabled=true}: it stands
 * in for 7Targets and says so loudly, at start and every minute, so that nobody mistakes a demo for production.
 */
final class DemoSimulator {

    private static final Logger LOG = Logger.getLogger(DemoSimulator.class);
    static final int DEMO_ASSISTANTS = 3;

    private final SevenTargetsSimulator simulator;
    private final ScheduledExecutorService reminders;

    private DemoSimulator(SevenTargetsSimulator simulator) {
        this.simulator = simulator;
        this.reminders = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "seventargets-demo-simulator-reminder");
            thread.setDaemon(true);
            return thread;
        });
    }

    static DemoSimulator start(int port) {
        DemoSimulator demo = new DemoSimulator(
                SevenTargetsSimulator.builder().port(port).seedAssistants(DEMO_ASSISTANTS).build().start());
        demo.reminders.scheduleAtFixedRate(demo::warn, 0, 1, TimeUnit.MINUTES);
        return demo;
    }

    /** What the log and the health check say. */
    String notice() {
        return "DEMO: the 7Targets simulator at " + simulator.baseUrl() + " stands in for 7Targets; no lead reaches"
               + " 7Targets (quarkus.camel.seventargets.simulator.enabled=true)";
    }

    private void warn() {
        LOG.warn(notice());
    }

    /** Points the {@code seventargets} component at the simulator; options set in the configuration still win. */
    void pointAt(CamelContext context) {
        SimulatorSettings.pointAt(context.getComponent("seventargets", SevenTargetsComponent.class).getConfiguration(),
                simulator);
        // Camel's health-check registry is configured after this customizer: the check joins it as Camel starts
        try {
            context.addStartupListener((started, alreadyStarted) -> {
                HealthCheckRegistry health = HealthCheckRegistry.get(started);
                if (health != null) {
                    health.register(new DemoSimulatorHealthCheck(notice()));
                }
            });
        } catch (Exception e) {
            throw RuntimeCamelException.wrapRuntimeCamelException(e);
        }
    }

    void stop() {
        reminders.shutdownNow();
        simulator.stop();
    }
}
