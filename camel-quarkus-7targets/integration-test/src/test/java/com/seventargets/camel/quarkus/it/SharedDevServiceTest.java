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
 * This class and {@link CreateLeadTest} each note the simulator they used; the second to run compares.
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

    // a system property: the applications of both classes run in this one test JVM, in class loaders of their own
    private static final String FIRST_BASE_URL = "it.seventargets.first-base-url";

    static void sameSimulatorAsTheOtherApplication(String baseUrl) {
        String first = System.getProperty(FIRST_BASE_URL);
        if (first == null) {
            System.setProperty(FIRST_BASE_URL, baseUrl);
        } else {
            assertThat(baseUrl).as("the simulator of the application started before").isEqualTo(first);
        }
    }

    @Test
    void usesTheSimulatorOfTheOtherApplication() {
        sameSimulatorAsTheOtherApplication(ConfigProvider.getConfig().getValue(CreateLeadTest.BASE_URL, String.class));
    }
}
