package com.seventargets.examples.quarkus;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = SimulatorResource.class, scope = TestResourceScope.GLOBAL)
class HealthTest {

    @Test
    void healthIsUpWithTheSevenTargetsCheckFromTheComponent() {
        given().get("/q/health")
                .then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItem("seventargets"))
                .body("checks.find { it.name == 'seventargets' }.status", is("UP"))
                // the component's own check, one per started 7Targets producer
                .body("checks.find { it.name == 'seventargets' }.data", hasKey(containsString("seventargets")));
    }
}
