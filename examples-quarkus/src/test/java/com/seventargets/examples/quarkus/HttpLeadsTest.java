package com.seventargets.examples.quarkus;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = SimulatorResource.class, scope = TestResourceScope.GLOBAL)
class HttpLeadsTest extends SimulatorTest {


    @Test
    void postedLeadIsCreatedAndAnswered201WithTheCreatedLead() {
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"Ada\", \"email\": \"ada.http@example.com\", \"company\": \"Analytical Engines\"}")
                .post("/leads")
                .then().statusCode(201).contentType(ContentType.JSON)
                .body("id", notNullValue())
                .body("email", is("ada.http@example.com"))
                .body("scheduleName", is("Default"))
                .body("company", nullValue()); // the lead as 7Targets answers it, with the document's fields only

        assertThat(simulator.journal("/leads")).as("a field the example does not know is sent as it is")
                .anySatisfy(sent -> assertThat(sent.body())
                        .contains("\"email\":\"ada.http@example.com\"", "\"company\":\"Analytical Engines\""));
        assertThat(simulator.leadByEmail("ada.http@example.com")).get()
                .satisfies(lead -> assertThat(lead).containsEntry("source", "API")
                        .containsEntry("assistantEmail", SimulatorResource.ASSISTANT));
    }

    @Test
    void leadCreatedBeforeIsAnswered200WithTheDuplicateHeaderAndIsNotSentAgain() {
        String lead = "{\"name\": \"Dee\", \"email\": \"dee.http@example.com\"}";
        given().contentType(ContentType.JSON).body(lead).post("/leads").then().statusCode(201);

        // the same e-mail in other letters is the same lead
        given().contentType(ContentType.JSON).body(lead.replace("dee.http", "DEE.Http"))
                .post("/leads")
                .then().statusCode(200).contentType(ContentType.JSON)
                .header(Routes.DUPLICATE_HTTP_HEADER, "true")
                .body("email", is("DEE.Http@example.com"))
                .body("id", nullValue());

        assertThat(postsOf("dee.http@example.com")).isEqualTo(1);
        assertThat(postsOf("DEE.Http@example.com")).isZero();
    }

    @Test
    void leadWithoutEmailIsAnswered400NamingTheFieldAndIsNotSent() {
        int posts = simulator.journal("/leads").size();

        given().contentType(ContentType.JSON).body("{\"name\": \"Ada\"}")
                .post("/leads")
                .then().statusCode(400).contentType(ContentType.JSON)
                .body("error", is("invalid lead"))
                .body("problems", hasItem(containsString("email is missing")));

        assertThat(simulator.journal("/leads")).hasSize(posts);
    }

    @Test
    void failureOf7TargetsIsAnswered502WithAShortReasonOnly() {
        simulator.faults().onPath("/leads").respond(500);

        String body = given().contentType(ContentType.JSON)
                .body("{\"name\": \"Bob\", \"email\": \"bob.http@example.com\"}")
                .post("/leads")
                .then().statusCode(502).contentType(ContentType.JSON)
                .extract().asString();

        assertThat(body).isEqualTo("{\"error\":\"7Targets answered HTTP 500\"}");
    }

    @Test
    void aLead7TargetsRefusesIsAnswered422WithItsMessage() {
        String body = given().contentType(ContentType.JSON)
                .body("{\"name\": \"Cy\", \"email\": \"cy.http@example.com\","
                      + " \"assistantEmail\": \"nobody@simulator.7targets.test\"}")
                .post("/leads")
                .then().statusCode(422).contentType(ContentType.JSON)
                .extract().asString();

        assertThat(body).isEqualTo("{\"error\":\"7Targets refused the lead\","
                                   + "\"message\":\"No assistant with this assistantEmail\"}");
    }

    @Test
    void assistantsAreListed() {
        given().get("/assistants")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("emailid", containsInAnyOrder("assistant1@simulator.7targets.test",
                        "assistant2@simulator.7targets.test", "assistant3@simulator.7targets.test"));
    }
}
