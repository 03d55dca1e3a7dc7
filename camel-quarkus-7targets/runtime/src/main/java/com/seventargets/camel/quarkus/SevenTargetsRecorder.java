package com.seventargets.camel.quarkus;

import io.quarkus.runtime.RuntimeValue;
import io.quarkus.runtime.ShutdownContext;
import io.quarkus.runtime.annotations.Recorder;
import org.apache.camel.spi.CamelContextCustomizer;
import org.eclipse.microprofile.config.ConfigProvider;

/** Before Camel starts: the demo simulator when it is asked for, else the credentials production needs. */
@Recorder
public class SevenTargetsRecorder {

    private final RuntimeValue<SevenTargetsRuntimeConfig> config;

    public SevenTargetsRecorder(RuntimeValue<SevenTargetsRuntimeConfig> config) {
        this.config = config;
    }

    /**
     * Starts the demo simulator if {@code quarkus.camel.seventargets.simulator.enabled}; otherwise, in production,
     * fails unless the three credentials are configured.
     *
     * @param  production whether the application runs in production mode (neither dev nor test)
     * @return            what points the component at the demo simulator, or nothing
     */
    public RuntimeValue<CamelContextCustomizer> demoSimulatorOrCredentials(ShutdownContext shutdown, boolean production) {
        SevenTargetsRuntimeConfig.Simulator simulator = config.getValue().simulator();
        if (simulator.enabled()) {
            DemoSimulator demo = DemoSimulator.start(simulator.port());
            shutdown.addLastShutdownTask(demo::stop);
            return new RuntimeValue<>(demo::pointAt);
        }
        if (production) {
            ProductionCredentials.require(ConfigProvider.getConfig());
        }
        return new RuntimeValue<>(context -> {
        });
    }
}
