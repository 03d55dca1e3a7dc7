package com.seventargets.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** One assistant: the fields the listing sorts and filters on, and its JSON (never mutated once built). */
record Assistant(long id, String name, String emailid, Instant lastModified, ObjectNode json) {

    private static final String PARAGRAPH = "<p style=\"font-size: 14px; line-height: 16px; margin: 0;\">";

    /** An assistant shaped like the ones in 7Targets' documentation sample. */
    static Assistant of(long id, String name, String emailid, Instant lastModified) {
        ObjectNode json = Json.object()
                .put("id", id)
                .put("name", name)
                .put("organisationId", 45)
                .put("completeSignature", PARAGRAPH + "<strong>" + escapeHtml(name)
                        + "</strong> | Business Assistant</p>" + PARAGRAPH + "${NURTURING_LINE}</p>")
                .put("emailid", emailid)
                .put("description", "7Targets AI Assistant is helping the Sales team productivity")
                .put("role", "BDE")
                .put("defaultScheduleId", 100 + id)
                .put("defaultScheduleIdForEmailCC", 3600 + id)
                .put("perDayEmailLimit", 200)
                .put("lastModifiedDate", lastModified.toString());
        return new Assistant(id, name, emailid, lastModified, json);
    }

    long defaultScheduleId() {
        return json.get("defaultScheduleId").asLong();
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
