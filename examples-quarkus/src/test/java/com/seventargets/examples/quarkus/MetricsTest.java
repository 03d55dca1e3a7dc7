package com.seventargets.examples.quarkus;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = SimulatorResource.class, scope = TestResourceScope.GLOBAL)
class MetricsTest extends SimulatorTest {

    /** The tags every 7Targets meter starts with: the Camel context's name and the component's. */
    private static final String COMPONENT = "camelContext=\"[^\"]+\",component=\"seventargets\"";
    private static final Pattern CREATED = Pattern.compile(
            "(?m)^seventargets_requests_seconds_count\\{" + COMPONENT
            + ",operation=\"create\",outcome=\"success\"} (\\d+)");
    private static final Pattern INVALID = Pattern.compile(
            "(?m)^seventargets_invalid_total\\{" + COMPONENT + ",operation=\"create\"} (\\d+)");
    private static final Pattern TOKENS = Pattern.compile(
            "(?m)^seventargets_token_requests_total\\{" + COMPONENT + ",outcome=\"success\"} (\\d+)");

    @Test
    void metricsShowTheLeadsCreatedAndRefusedInPrometheusFormat() {
        long createdBefore = count(CREATED);
        long invalidBefore = count(INVALID);
        long tokensBefore = count(TOKENS);

        given().contentType("application/json").body("{\"name\": \"Ada\", \"email\": \"ada.metrics@example.com\"}")
                .post("/leads").then().statusCode(201);
        given().contentType("application/json").body("{\"name\": \"Ada\"}")
                .post("/leads").then().statusCode(400);

        String metrics = metrics();
        assertThat(count(CREATED)).isEqualTo(createdBefore + 1);
        assertThat(count(INVALID)).isEqualTo(invalidBefore + 1);
        assertThat(count(TOKENS)).as("the reset simulator forgot the token: one new one").isEqualTo(tokensBefore + 1);
        assertThat(metrics).containsPattern("(?m)^seventargets_in_flight\\{" + COMPONENT + "} ")
                .doesNotContain("ada.metrics@example.com");
    }

    private static long count(Pattern series) {
        Matcher matcher = series.matcher(metrics());
        return matcher.find() ? (long) Double.parseDouble(matcher.group(1)) : 0;
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }
}
