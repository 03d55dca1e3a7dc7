package com.seventargets.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One assistant: the fields the listing sorts and filters on, its schedules (sequences, name to id, names case
 * sensitive) and its JSON (never mutated once built).
 */
record Assistant(long id, String name, String emailid, Instant lastModified, Map<String, Long> schedules,
        ObjectNode json) {

    /** Every assistant's schedules, in id order: the first is its default one, the last its e-mail CC one. */
    static final List<String> SCHEDULE_NAMES = List.of("Default", "Nurture", "Webinar", "Email CC");

    private static final String PARAGRAPH = "<p style=\"font-size: 14px; line-height: 16px; margin: 0;\">";

    /**
     * An assistant shaped like the ones in 7Targets' documentation sample; without a profile its
     * {@code description} and {@code role} are null, as the sample's second one. Its schedule ids are
     * {@code 10 * id + 1} to {@code 10 * id + 4}: no two assistants share one.
     */
    static Assistant of(long id, String name, String emailid, Instant lastModified, boolean withProfile) {
        Map<String, Long> schedules = new LinkedHashMap<>();
        for (int i = 0; i < SCHEDULE_NAMES.size(); i++) {
            schedules.put(SCHEDULE_NAMES.get(i), 10 * id + i + 1);
        }
        ObjectNode json = Json.object()
                .put("id", id)
                .put("name", name)
                .put("organisationId", 45)
                .put("completeSignature", PARAGRAPH + "<strong>" + escapeHtml(name)
                        + "</strong> | Business Assistant</p>" + PARAGRAPH + "${NURTURING_LINE}</p>")
                .put("emailid", emailid)
                .put("description", withProfile ? "7Targets AI Assistant is helping the Sales team productivity" : null)
                .put("role", withProfile ? "BDE" : null)
                .put("defaultScheduleId", schedules.get(SCHEDULE_NAMES.get(0)))
                .put("defaultScheduleIdForEmailCC", schedules.get(SCHEDULE_NAMES.get(SCHEDULE_NAMES.size() - 1)))
                .put("perDayEmailLimit", 200)
                .put("lastModifiedDate", lastModified.toString());
        return new Assistant(id, name, emailid, lastModified, Collections.unmodifiableMap(schedules), json);
    }

    long defaultScheduleId() {
        return json.get("defaultScheduleId").asLong();
    }

    /** The name of this assistant's schedule with this id. */
    Optional<String> scheduleName(long scheduleId) {
        return schedules.entrySet().stream().filter(s -> s.getValue() == scheduleId).map(Map.Entry::getKey).findFirst();
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
