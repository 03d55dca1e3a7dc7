package com.seventargets.camel.quarkus.deployment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.seventargets.camel.quarkus.SimulatorSettings;
import io.quarkus.deployment.IsNormal;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.DevServicesResultBuildItem;
import io.quarkus.deployment.dev.devservices.DevServicesConfig;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Dev Services for 7Targets: in dev and test mode, when no client id is configured, the 7Targets simulator runs
 * in-process and the component's options point at it. One simulator serves every test class of a run that asks for
 * the same settings.
 */
class SevenTargetsDevServiceProcessor {

    private static final Logger LOG = Logger.getLogger(SevenTargetsDevServiceProcessor.class);
    static final String SERVICE_NAME = "seventargets-simulator";
    static final String DEMO_SWITCH = "quarkus.camel.seventargets.simulator.enabled";

    @BuildStep(onlyIfNot = IsNormal.class, onlyIf = DevServicesConfig.Enabled.class)
    DevServicesResultBuildItem simulator(SevenTargetsBuildTimeConfig buildConfig) {
        Config config = ConfigProvider.getConfig();
        Optional<String> notStarted = whyNotStarted(buildConfig, config);
        if (notStarted.isPresent()) {
            LOG.debug(notStarted.get());
            return null;
        }
        int port = buildConfig.devservices().port().orElse(0);
        boolean assistantSet = isSet(config, SimulatorSettings.ASSISTANT_EMAIL);
        Map<String, Function<SimulatorDevService, String>> settings = new LinkedHashMap<>();
        settings.put(SimulatorSettings.TOKEN_URL, service -> service.simulator().tokenUrl());
        settings.put(SimulatorSettings.BASE_URL, service -> service.simulator().baseUrl());
        settings.put(SimulatorSettings.CLIENT_ID, service -> service.simulator().clientId());
        settings.put(SimulatorSettings.CLIENT_SECRET, service -> service.simulator().clientSecret());
        settings.put(SimulatorSettings.USER_IDENTIFIER, service -> service.simulator().userIdentifier());
        if (!assistantSet) {
            settings.put(SimulatorSettings.ASSISTANT_EMAIL,
                    service -> SimulatorSettings.firstAssistantEmail(service.simulator()));
        }
        return DevServicesResultBuildItem.owned()
                .feature(SevenTargetsProcessor.FEATURE)
                .serviceName(SERVICE_NAME)
                // a String, compared across the class loaders of test classes: equal settings share one simulator
                .serviceConfig("port=" + port + ",assistantEmailSet=" + assistantSet)
                .startable(() -> new SimulatorDevService(port))
                .configProvider(settings)
                .build();
    }

    /**
     * Why the Dev Service does not start the simulator, if it does not (where Dev Services run at all): disabled, a
     * client id set, or the demo switch on.
     */
    static Optional<String> whyNotStarted(SevenTargetsBuildTimeConfig buildConfig, Config config) {
        if (!buildConfig.devservices().enabled()) {
            return Optional.of("Dev Services for 7Targets are disabled");
        }
        if (isSet(config, SimulatorSettings.CLIENT_ID)) {
            return Optional.of("Dev Services for 7Targets not started: " + SimulatorSettings.CLIENT_ID + " is set");
        }
        if (demoSwitchOn(config)) {
            return Optional.of("Dev Services for 7Targets not started: " + DEMO_SWITCH + " starts the simulator");
        }
        return Optional.empty();
    }

    static boolean demoSwitchOn(Config config) {
        return config.getOptionalValue(DEMO_SWITCH, Boolean.class).orElse(false);
    }

    private static boolean isSet(Config config, String property) {
        return config.getOptionalValue(property, String.class).filter(value -> !value.isBlank()).isPresent();
    }
}
