package com.seventargets.camel.quarkus.deployment;

import com.seventargets.camel.quarkus.SimulatorSettings;
import io.quarkus.test.QuarkusUnitTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class DevServiceDisabledTest {

    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .setArchiveProducer(() -> ShrinkWrap.create(JavaArchive.class))
            .overrideConfigKey("quarkus.camel.seventargets.devservices.enabled", "false");

    @Test
    void startsNoSimulatorWhenDisabled() {
        var config = ConfigProvider.getConfig();
        assertThat(config.getOptionalValue(SimulatorSettings.BASE_URL, String.class)).isEmpty();
        assertThat(config.getOptionalValue(SimulatorSettings.CLIENT_ID, String.class)).isEmpty();
    }
}
