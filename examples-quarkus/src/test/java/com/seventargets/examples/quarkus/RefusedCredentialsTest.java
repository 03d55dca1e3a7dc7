package com.seventargets.examples.quarkus;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(RefusedCredentialsTest.WrongSecret.class)
class RefusedCredentialsTest {

    private static final String SECRET = "not-the-simulators-secret";

    /** The application configured with a client secret the 7Targets simulator refuses. */
    public static class WrongSecret implements QuarkusTestProfile {

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(SimulatorResource.class, Map.of(SimulatorResource.WRONG_SECRET, SECRET)));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @Test
    void postedLeadIsAnswered502WithAShortReasonWithoutTheSecret() {
        String body = given().contentType(ContentType.JSON)
                .body("{\"name\": \"Carol\", \"email\": \"carol.http@example.com\"}")
                .post("/leads")
                .then().statusCode(502)
                .extract().asString();

        assertThat(body).isEqualTo("{\"error\":\"7Targets refused the application's credentials\"}");
    }

    @Test
    void healthIsDownWithTheSevenTargetsCheckFromTheComponent() {
        given().get("/q/health")
                .then().statusCode(503)
                .body("status", is("DOWN"))
                .body("checks.find { it.name == 'seventargets' }.status", is("DOWN"))
                // the component's own check, one per started 7Targets producer
                .body("checks.find { it.name == 'seventargets' }.data", hasKey(containsString("seventargets")))
                .body(not(containsString(SECRET)));
    }
}
