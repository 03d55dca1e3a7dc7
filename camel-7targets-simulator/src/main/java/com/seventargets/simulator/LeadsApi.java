package com.seventargets.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The lead operations: {@code POST /leads} (create or assign), {@code PUT /leads} (update) and
 * {@code PUT /leads/stop/followup}.
 *
 * <p>7Targets documents create as "creates or assigns a Lead": creating a lead whose email
 * already exists (ignoring case) does not make a second record, it updates the existing lead with
 * the non-null fields sent and answers 201 with it, keeping its id.
 *
 * <p>Each answer holds exactly the lead fields of 7Targets' document, in its order, unset ones as {@code null}. A
 * lead is stored with {@link LeadBodies#KEPT_FIELDS} and {@code assistantEmail} besides, which answers leave out.
 */
final class LeadsApi {

    static final String PATH = "/leads";
    static final String STOP_FOLLOWUP_PATH = "/leads/stop/followup";

    /** The fields of a lead answer, as 7Targets' document lists them. */
    static final List<String> ANSWER_FIELDS = List.of("id", "name", "lastName", "type", "email", "phone",
            "scheduleId", "scheduleName", "assistantId", "nextScheduleTime", "state", "subState", "followup",
            "customFields");

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
        Map.Entry<String, Long> schedule = requestedSchedule(body, assistant);
        ObjectNode updates = LeadBodies.keptFields(body);
        ObjectNode lead = leads.createOrMerge(email, newLead(updates, assistant, schedule),
                existing -> merge(existing, updates, assistant, schedule));
        return SimResponse.json(201, answer(lead));
    }

    /** {@code PUT /leads}: 200 with the lead found by id, else by email, its non-null fields but email updated. */
    SimResponse update(SimRequest request) {
        ObjectNode body = LeadBodies.object(request);
        LeadBodies.checkOptionalFields(body);
        String assistantEmail = LeadBodies.text(body, "assistantEmail");
        Assistant named = assistantEmail == null ? null : assistant(assistantEmail);
        ObjectNode updates = LeadBodies.keptFields(body);
        return SimResponse.json(200, answer(modify(body, lead -> {
            Assistant assistant = named != null ? named : assistants.byId(lead.path("assistantId").asLong())
                    .orElseThrow(() -> new ApiException(400, "The lead's assistant no longer exists"));
            merge(lead, updates, named, requestedSchedule(body, assistant));
        })));
    }

    /** {@code PUT /leads/stop/followup}: 200 with the lead, its {@code nextScheduleTime} now null. */
    SimResponse stopFollowup(SimRequest request) {
        ObjectNode body = LeadBodies.object(request);
        return SimResponse.json(200, answer(modify(body, lead -> lead.putNull("nextScheduleTime"))));
    }

    /** Applies {@code change} to the lead the body designates: by {@code id}, else by {@code email}. */
    private ObjectNode modify(ObjectNode body, Consumer<ObjectNode> change) {
        Long id = LeadBodies.number(body, "id");
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

    /**
     * The schedule (name, id) of {@code assistant} the body asks for: by {@code scheduleId}, else by
     * {@code scheduleName} (case sensitive); null when it names none. A schedule the assistant does not have is a 400.
     */
    private static Map.Entry<String, Long> requestedSchedule(ObjectNode body, Assistant assistant) {
        Long id = LeadBodies.number(body, "scheduleId");
        if (id != null) {
            return Map.entry(assistant.scheduleName(id).orElseThrow(() -> new ApiException(400,
                    "No schedule with scheduleId " + id + " for assistant " + assistant.emailid())), id);
        }
        String name = LeadBodies.text(body, "scheduleName");
        if (name == null) {
            return null;
        }
        Long named = assistant.schedules().get(name);
        if (named == null) {
            throw new ApiException(400, "No schedule named '" + name + "' for assistant " + assistant.emailid()
                    + " (schedule names are case sensitive)");
        }
        return Map.entry(name, named);
    }

    private static ObjectNode newLead(ObjectNode fields, Assistant assistant, Map.Entry<String, Long> schedule) {
        ObjectNode lead = Json.object();
        ANSWER_FIELDS.forEach(lead::putNull); // the document's order; the store sets the id
        LeadBodies.KEPT_FIELDS.forEach(lead::putNull);
        lead.setAll(fields);
        lead.put("type", "SALES");
        if (fields.get("source") == null) {
            lead.put("source", "Website");
        }
        assign(lead, assistant);
        setSchedule(lead, schedule != null ? schedule : defaultSchedule(assistant));
        lead.put("state", "Cold");
        lead.put("subState", "Followup");
        lead.put("followup", 1);
        lead.put("nextScheduleTime",
                Instant.now().plus(FIRST_MESSAGE_AFTER).truncatedTo(ChronoUnit.SECONDS).toString());
        return lead;
    }

    /**
     * Sets every field of {@code updates} but email on {@code lead}, then the schedule asked for; a new assistant
     * brings its default schedule unless one is asked for.
     */
    private static void merge(ObjectNode lead, ObjectNode updates, Assistant assistant,
            Map.Entry<String, Long> schedule) {
        for (Map.Entry<String, JsonNode> field : updates.properties()) {
            if (!field.getKey().equals("email")) {
                lead.set(field.getKey(), field.getValue());
            }
        }
        if (assistant != null && assistant.id() != lead.path("assistantId").asLong()) {
            assign(lead, assistant);
            if (schedule == null) {
                setSchedule(lead, defaultSchedule(assistant));
            }
        }
        if (schedule != null) {
            setSchedule(lead, schedule);
        }
    }

    private static void assign(ObjectNode lead, Assistant assistant) {
        lead.put("assistantId", assistant.id());
        lead.put("assistantEmail", assistant.emailid());
    }

    private static Map.Entry<String, Long> defaultSchedule(Assistant assistant) {
        long id = assistant.defaultScheduleId();
        return Map.entry(assistant.scheduleName(id).orElseThrow(), id);
    }

    private static void setSchedule(ObjectNode lead, Map.Entry<String, Long> schedule) {
        lead.put("scheduleId", schedule.getValue());
        lead.put("scheduleName", schedule.getKey());
    }

    /** The lead as 7Targets answers it, plus the {@code assistantEmail} of the assistant it is assigned to. */
    static ObjectNode withAssistant(ObjectNode lead) {
        return answer(lead).set("assistantEmail", lead.get("assistantEmail"));
    }

    /** The lead as 7Targets answers it: {@link #ANSWER_FIELDS} only. */
    private static ObjectNode answer(ObjectNode lead) {
        ObjectNode answer = Json.object();
        ANSWER_FIELDS.forEach(field -> answer.set(field, lead.get(field)));
        return answer;
    }
}
