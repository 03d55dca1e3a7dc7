package com.seventargets.camel.quarkus.deployment;

import com.seventargets.camel.quarkus.SimulatorSettings;
import io.quarkus.test.QuarkusUnitTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class DevServiceWithClientIdTest {

    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .setArchiveProducer(() -> ShrinkWrap.create(JavaArchive.class))
            .overrideConfigKey(SimulatorSettings.CLIENT_ID, "a-real-client");

    @Test
    void startsNoSimulatorWhenAClientIdIsConfigured() {
        var config = ConfigProvider.getConfig();
        assertThat(config.getOptionalValue(SimulatorSettings.BASE_URL, String.class)).isEmpty();
        assertThat(config.getValue(SimulatorSettings.CLIENT_ID, String.class)).isEqualTo("a-real-client");
    }
}
