package com.seventargets.camel.quarkus;

import io.quarkus.runtime.annotations.ConfigPhase;
import io.quarkus.runtime.annotations.ConfigRoot;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The run-time options of the 7Targets extension. */
@ConfigMapping(prefix = "quarkus.camel.seventargets")
@ConfigRoot(phase = ConfigPhase.RUN_TIME)
public interface SevenTargetsRuntimeConfig {

    /** The demo simulator. */
    Simulator simulator();

    /** The demo simulator: a 7Targets simulator started on purpose, in any mode, instead of 7Targets. */
    interface Simulator {

        /**
         * Whether to start the 7Targets simulator in-process and point the component at it, in any mode, production
         * included: for demos only, nothing reaches 7Targets. The log says so at start and every minute while it
         * runs, and the {@code seventargets-simulator} health check names it.
         */
        @WithDefault("false")
        boolean enabled();

        /** The port of the demo simulator on 127.0.0.1; 0 takes a free port. */
        @WithDefault("0")
        int port();
    }
}
