package com.seventargets.camel.quarkus.deployment;

import java.util.OptionalInt;

import io.quarkus.runtime.annotations.ConfigPhase;
import io.quarkus.runtime.annotations.ConfigRoot;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The build-time options of the 7Targets extension. */
@ConfigMapping(prefix = "quarkus.camel.seventargets")
@ConfigRoot(phase = ConfigPhase.BUILD_TIME)
public interface SevenTargetsBuildTimeConfig {

    /** The Dev Service. */
    DevServices devservices();

    /** The Dev Service: a 7Targets simulator started in dev and test mode, never in production. */
    interface DevServices {

        /**
         * Whether to start the 7Targets simulator in dev and test mode when
         * {@code camel.component.seventargets.client-id} is not set. It is never started in production.
         */
        @WithDefault("true")
        boolean enabled();

        /** The port of the simulator on 127.0.0.1; a free port if not set. */
        OptionalInt port();
    }
}
