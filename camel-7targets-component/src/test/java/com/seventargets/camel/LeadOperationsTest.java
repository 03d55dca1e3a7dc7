package com.seventargets.camel;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.seventargets.camel.model.CustomField;
import com.seventargets.camel.model.Lead;
import com.seventargets.simulator.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.seventargets.camel.TestLeads.lead;
import static org.assertj.core.api.Assertions.assertThat;

class LeadOperationsTest extends SevenTargetsTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:create").to("seventargets:lead");
                from("direct:update").to("seventargets:lead?operation=update");
                from("direct:stop").to("seventargets:lead?operation=stopFollowup");
                from("direct:createWithDefaults")
                        .to("seventargets:lead?source=Kafka&context=Webinar+attendee&scheduleName=Nurture");
                from("direct:createWithScheduleId").to("seventargets:lead?scheduleId=13");
            }
        };
    }

    @Test
    void createsLeadFromPojoWithExactRequestOnTheWire() throws Exception {
        Lead lead = lead("Ada", "ada@example.com");
        lead.setLastName("Lovelace");
        lead.setPhone("+919123456789");
        lead.setCustomFields(List.of(new CustomField("plan", "gold")));
        lead.setAdditionalProperty("company", "Analytical Engines");

        Exchange exchange = template.request("direct:create", e -> e.getIn().setBody(lead));

        Lead created = exchange.getMessage().getBody(Lead.class);
        assertThat(created.getId()).isNotNull();
        assertThat(created.getEmail()).isEqualTo("ada@example.com");
        assertThat(created.getState()).isEqualTo("Cold");
        assertThat(created.getLastName()).isEqualTo("Lovelace");
        assertThat(created.getScheduleId()).isEqualTo(simulator().schedules(ASSISTANT).get("Default"));
        assertThat(created.getScheduleName()).isEqualTo("Default");
        assertThat(created.getFollowup()).isEqualTo(1);
        assertThat(created.getCustomFields()).extracting(CustomField::getValue).containsExactly("gold");
        assertThat(created.getAdditionalProperties()).as("7Targets answers the document's fields only").isEmpty();
        assertThat(exchange.getMessage().getHeader(SevenTargetsConstants.LEAD_ID)).isEqualTo(created.getId());
        assertThat(exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(201);

        RecordedRequest request = single("/leads");
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.query()).isNull();
        assertThat(request.header("Authorization")).isEqualTo("Bearer " + simulator().issuedTokens().get(0));
        assertThat(request.header("7ts-user-identifier")).isEqualTo(simulator().userIdentifier());
        assertThat(request.header("Content-Type")).startsWith("application/json");
        JsonNode sent = JSON.readTree(request.body());
        assertThat(sent.get("name").asText()).isEqualTo("Ada");
        assertThat(sent.get("lastName").asText()).isEqualTo("Lovelace");
        assertThat(sent.get("email").asText()).isEqualTo("ada@example.com");
        assertThat(sent.get("phone").asText()).isEqualTo("+919123456789");
        assertThat(sent.get("assistantEmail").asText()).isEqualTo(ASSISTANT);
        assertThat(sent.get("company").asText()).isEqualTo("Analytical Engines");
        assertThat(sent.get("customFields").get(0).get("name").asText()).isEqualTo("plan");
        assertThat(sent.has("id")).as("absent fields are not sent as null").isFalse();

        RecordedRequest token = single("/oauth2/token");
        assertThat(token.method()).isEqualTo("POST");
        String basic = simulator().clientId() + ":" + simulator().clientSecret();
        assertThat(token.header("Authorization"))
                .isEqualTo("Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
        assertThat(token.header("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(token.body()).isEqualTo("grant_type=client_credentials&scope=leads%2Fpost");
        assertThat(simulator().leads()).hasSize(1);
    }

    @Test
    void acceptsMapAndEveryKindOfJsonText() throws Exception {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", "Map");
        map.put("email", "map@example.com");
        map.put("externalId", "crm-42");
        template.sendBody("direct:create", map);
        template.sendBody("direct:create", "{\"name\":\"Text\",\"email\":\"text@example.com\"}");
        template.sendBody("direct:create", "{\"name\":\"Bytes\",\"email\":\"bytes@example.com\"}"
                .getBytes(StandardCharsets.UTF_8));
        template.sendBody("direct:create", new ByteArrayInputStream(
                "{\"name\":\"Stream\",\"email\":\"stream@example.com\"}".getBytes(StandardCharsets.UTF_8)));

        assertThat(simulator().leads()).extracting(l -> l.get("email")).containsExactly(
                "map@example.com", "text@example.com", "bytes@example.com", "stream@example.com");
        assertThat(JSON.readTree(simulator().journal("/leads").get(0).body()).get("externalId").asText())
                .as("a field the component does not know is sent as it is").isEqualTo("crm-42");
        assertThat(simulator().leads()).allSatisfy(l -> assertThat(l).containsEntry("assistantEmail", ASSISTANT));
    }

    @Test
    void doesNotChangeTheCallersLead() {
        Lead lead = lead("Ada", "ada@example.com");
        lead.setAssistantEmail(null);

        template.sendBody("direct:create", lead);

        assertThat(lead.getAssistantEmail()).as("the default is applied to a copy").isNull();
        assertThat(lead.getId()).isNull();
    }

    @Test
    void appliesEndpointDefaultsOnlyWhereTheLeadHasNoValue() throws Exception {
        Lead withOwn = lead("Own", "own@example.com");
        withOwn.setSource("Website");
        long webinar = simulator().schedules(ASSISTANT).get("Webinar");
        withOwn.setScheduleId(webinar);
        Lead ownAnswer = template.requestBody("direct:createWithDefaults", withOwn, Lead.class);
        Lead bareAnswer = template.requestBody("direct:createWithDefaults", lead("Bare", "bare@example.com"), Lead.class);

        assertThat(ownAnswer.getScheduleName()).isEqualTo("Webinar");
        assertThat(bareAnswer.getScheduleId()).isEqualTo(simulator().schedules(ASSISTANT).get("Nurture"));

        List<RecordedRequest> sent = simulator().journal("/leads");
        JsonNode own = JSON.readTree(sent.get(0).body());
        assertThat(own.get("source").asText()).isEqualTo("Website");
        assertThat(own.get("scheduleId").asLong()).isEqualTo(webinar);
        assertThat(own.has("scheduleName")).as("a lead naming its schedule keeps it").isFalse();
        assertThat(own.get("context").asText()).isEqualTo("Webinar attendee");
        JsonNode bare = JSON.readTree(sent.get(1).body());
        assertThat(bare.get("source").asText()).isEqualTo("Kafka");
        assertThat(bare.get("scheduleName").asText()).isEqualTo("Nurture");
        assertThat(bare.get("assistantEmail").asText()).isEqualTo(ASSISTANT);
    }

    @Test
    void theEndpointsScheduleIdGoesToLeadsThatNameNoSchedule() throws Exception {
        Lead named = lead("Named", "named@example.com");
        named.setScheduleName("Nurture");
        template.sendBody("direct:createWithScheduleId", named);
        template.sendBody("direct:createWithScheduleId", lead("Bare", "bare@example.com"));

        List<RecordedRequest> sent = simulator().journal("/leads");
        JsonNode own = JSON.readTree(sent.get(0).body());
        assertThat(own.get("scheduleName").asText()).isEqualTo("Nurture");
        assertThat(own.has("scheduleId")).as("a lead naming its schedule keeps it").isFalse();
        assertThat(JSON.readTree(sent.get(1).body()).get("scheduleId").asLong()).isEqualTo(13L);
    }

    @Test
    void updatesLeadByIdAndByEmail() throws Exception {
        Lead created = template.requestBody("direct:create", lead("Ada", "ada@example.com"), Lead.class);

        Lead byId = new Lead();
        byId.setId(created.getId());
        byId.setPhone("+441234");
        Exchange first = template.request("direct:update", e -> e.getIn().setBody(byId));
        Lead byEmail = new Lead();
        byEmail.setEmail("ada@example.com");
        byEmail.setLastName("King");
        Lead updated = template.requestBody("direct:update", byEmail, Lead.class);

        assertThat(first.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(200);
        assertThat(first.getMessage().getHeader(SevenTargetsConstants.LEAD_ID)).isEqualTo(created.getId());
        assertThat(updated.getPhone()).isEqualTo("+441234");
        assertThat(updated.getLastName()).isEqualTo("King");
        assertThat(updated.getName()).as("absent fields are left unchanged").isEqualTo("Ada");
        List<RecordedRequest> puts = simulator().journal("/leads").stream().filter(r -> r.method().equals("PUT")).toList();
        assertThat(puts).hasSize(2);
        assertThat(JSON.readTree(puts.get(0).body()).fieldNames()).toIterable().containsExactlyInAnyOrder("id", "phone");
        assertThat(JSON.readTree(puts.get(1).body()).has("assistantEmail"))
                .as("endpoint defaults are not applied on update").isFalse();
    }

    @Test
    void stopsFollowup() {
        Lead created = template.requestBody("direct:create", lead("Ada", "ada@example.com"), Lead.class);
        assertThat(created.getNextScheduleTime()).isNotNull();

        Lead stop = new Lead();
        stop.setId(created.getId());
        Lead stopped = template.requestBody("direct:stop", stop, Lead.class);

        assertThat(stopped.getNextScheduleTime()).isNull();
        assertThat(stopped.getEmail()).as("the lead 7Targets answered, not the one sent").isEqualTo(created.getEmail());
        assertThat(single("/leads/stop/followup").method()).isEqualTo("PUT");
        assertThat(simulator().lead(created.getId()).orElseThrow().get("nextScheduleTime")).isNull();
    }

    @Test
    void operationHeaderOverridesTheEndpointOperation() {
        Lead created = template.requestBody("direct:create", lead("Ada", "ada@example.com"), Lead.class);
        Lead stop = new Lead();
        stop.setEmail(created.getEmail());

        template.sendBodyAndHeader("direct:create", stop, SevenTargetsConstants.OPERATION, "stopFollowup");
        template.sendBodyAndHeader("direct:create", stop, SevenTargetsConstants.OPERATION, SevenTargetsOperation.update);

        assertThat(single("/leads/stop/followup").method()).isEqualTo("PUT");
        assertThat(simulator().journal("/leads")).extracting(RecordedRequest::method).containsExactly("POST", "PUT");
    }

    @Test
    void exchangeHeadersNeverReachTheRequest() {
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put("kafka.KEY", "lead-1");
        headers.put("JMSCorrelationID", "abc");
        headers.put("X-Tenant", "acme");
        headers.put("Authorization", "Basic upstream");
        headers.put(Exchange.HTTP_PATH, "/admin");
        headers.put(Exchange.HTTP_URI, "http://127.0.0.1:1/elsewhere");
        headers.put(Exchange.HTTP_QUERY, "debug=true");
        headers.put(Exchange.HTTP_METHOD, "DELETE");
        headers.put(Exchange.CONTENT_TYPE, "text/plain");

        template.sendBodyAndHeaders("direct:create", lead("Ada", "ada@example.com"), headers);

        RecordedRequest request = single("/leads");
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.query()).isNull();
        assertThat(request.header("Authorization")).startsWith("Bearer ");
        assertThat(request.header("Content-Type")).startsWith("application/json");
        assertThat(request.headers().keySet()).noneMatch(name -> name.equalsIgnoreCase("kafka.KEY")
                                                                 || name.equalsIgnoreCase("JMSCorrelationID")
                                                                 || name.equalsIgnoreCase("X-Tenant")
                                                                 || name.toLowerCase().startsWith("camel"));
    }


}
