package com.seventargets.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The lead operations: {@code POST /leads} (create or assign), {@code PUT /leads} (update) and
 * {@code PUT /leads/stop/followup}.
 *
 * <p>7Targets documents create as "creates or assigns a Lead": creating a lead whose email
 * already exists (ignoring case) does not make a second record, it updates the existing lead with
 * the non-null fields sent and answers 201 with it, keeping its id.
 */
final class LeadsApi {

    static final String PATH = "/leads";
    static final String STOP_FOLLOWUP_PATH = "/leads/stop/followup";
    private static final Duration FIRST_MESSAGE_AFTER = Duration.ofDays(1);

    private final LeadStore leads;
    private final AssistantStore assistants;

    LeadsApi(LeadStore leads, AssistantStore assistants) {
        this.leads = leads;
        this.assistants = assistants;
    }

    /** {@code POST /leads}: 201 with the new lead, or the existing one with this email, updated. */
    SimResponse create(SimRequest request) {
        ObjectNode body = LeadBodies.object(request);
        LeadBodies.requireText(body, "name", "email", "assistantEmail");
        String email = LeadBodies.text(body, "email");
        LeadBodies.requireEmail(email);
        LeadBodies.checkOptionalFields(body);
        Assistant assistant = assistant(LeadBodies.text(body, "assistantEmail"));
        ObjectNode fields = LeadBodies.clientFields(body, true);
        ObjectNode updates = LeadBodies.clientFields(body, false);
        byte[] lead = leads.createOrMerge(email, newLead(fields, assistant), existing -> merge(existing, updates, assistant));
        return SimResponse.json(201, lead);
    }

    /** {@code PUT /leads}: 200 with the lead found by id, else by email, its non-null fields but email updated. */
    SimResponse update(SimRequest request) {
        ObjectNode body = LeadBodies.object(request);
        LeadBodies.checkOptionalFields(body);
        String assistantEmail = LeadBodies.text(body, "assistantEmail");
        Assistant assistant = assistantEmail == null ? null : assistant(assistantEmail);
        ObjectNode updates = LeadBodies.clientFields(body, false);
        return SimResponse.json(200, modify(body, lead -> merge(lead, updates, assistant)));
    }

    /** {@code PUT /leads/stop/followup}: 200 with the lead, its {@code nextScheduleTime} now null. */
    SimResponse stopFollowup(SimRequest request) {
        ObjectNode body = LeadBodies.object(request);
        return SimResponse.json(200, modify(body, lead -> {
            lead.putNull("nextScheduleTime");
            lead.put("subState", "Stopped");
        }));
    }

    /** Applies {@code change} to the lead the body designates: by {@code id}, else by {@code email}. */
    private byte[] modify(ObjectNode body, Consumer<ObjectNode> change) {
        Long id = LeadBodies.id(body);
        String email = LeadBodies.text(body, "email");
        if (id == null && (email == null || email.isBlank())) {
            throw new ApiException(400, "Either 'id' or 'email' is required to find the lead");
        }
        return leads.modify(id, email, lead -> {
            if (email != null && !email.trim().equalsIgnoreCase(lead.path("email").asText())) {
                throw new ApiException(400, "The email of a lead cannot be changed");
            }
            change.accept(lead);
        }).orElseThrow(() -> new ApiException(404, "Lead not found"));
    }

    private Assistant assistant(String emailid) {
        return assistants.byEmail(emailid.trim())
                .orElseThrow(() -> new ApiException(400, "No assistant with this assistantEmail"));
    }

    private static ObjectNode newLead(ObjectNode fields, Assistant assistant) {
        ObjectNode lead = Json.object();
        lead.putNull("id"); // keeps "id" first in the JSON; the store sets it
        lead.setAll(fields);
        lead.put("type", "SALES");
        if (isAbsent(lead.get("source"))) {
            lead.put("source", "Website");
        }
        lead.put("assistantId", assistant.id());
        if (isAbsent(lead.get("scheduleId"))) {
            lead.put("scheduleId", assistant.defaultScheduleId());
        }
        lead.put("state", "Cold");
        lead.put("subState", "Followup");
        lead.put("followup", 0);
        lead.put("nextScheduleTime",
                Instant.now().plus(FIRST_MESSAGE_AFTER).truncatedTo(ChronoUnit.SECONDS).toString());
        return lead;
    }

    /** Sets every field of {@code updates} but email on {@code lead}; a new assistant brings its default schedule. */
    private static void merge(ObjectNode lead, ObjectNode updates, Assistant assistant) {
        for (Map.Entry<String, JsonNode> field : updates.properties()) {
            if (!field.getKey().equals("email")) {
                lead.set(field.getKey(), field.getValue());
            }
        }
        if (assistant != null && assistant.id() != lead.path("assistantId").asLong()) {
            lead.put("assistantId", assistant.id());
            if (!updates.has("scheduleId")) {
                lead.put("scheduleId", assistant.defaultScheduleId());
            }
        }
    }

    private static boolean isAbsent(JsonNode value) {
        return value == null || value.isNull();
    }
}
