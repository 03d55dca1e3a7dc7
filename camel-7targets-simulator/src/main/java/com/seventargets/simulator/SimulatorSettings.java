package com.seventargets.simulator;

import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;

/** What the builder configured; {@link SevenTargetsSimulator#reset()} restores the runtime settings from it. */
record SimulatorSettings(String clientId, String clientSecret, String userIdentifier, List<String> allowedScopes,
                         Duration tokenLifetime, AssistantListShape assistantListShape, SSLContext sslContext,
                         int port, int seedAssistants, Duration latency, Duration tokenLatency,
                         SimulatorLimits limits) {
}
