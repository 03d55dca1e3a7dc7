package com.seventargets.camel.quarkus.it;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Another profile restarts the application; the Dev Service, asked for with the same settings, is the same simulator.
 * Quarkus runs the test classes without a profile first, {@link CreateLeadTest} among them.
 */
@QuarkusTest
@TestProfile(SharedDevServiceTest.OtherProfile.class)
class SharedDevServiceTest {

    public static class OtherProfile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.log.category.\"com.seventargets\".level", "DEBUG");
        }
    }

    @Test
    void usesTheSimulatorTheFirstApplicationUsed() {
        assertThat(System.getProperty(CreateLeadTest.FIRST_BASE_URL)).as("CreateLeadTest ran first").isNotNull();
        assertThat(ConfigProvider.getConfig().getValue(CreateLeadTest.BASE_URL, String.class))
                .isEqualTo(System.getProperty(CreateLeadTest.FIRST_BASE_URL));
    }
}
