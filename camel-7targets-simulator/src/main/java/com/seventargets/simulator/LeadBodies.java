package com.seventargets.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reading and validating lead request bodies; every refusal is a 400 {@link ApiException}. */
final class LeadBodies {

    /** Fields the server sets; a client sending them is ignored (7Targets' own integrations send {@code state}). */
    static final Set<String> SERVER_FIELDS =
            Set.of("id", "type", "assistantId", "state", "subState", "followup", "nextScheduleTime");

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private LeadBodies() {
    }

    /** The body as a JSON object. */
    static ObjectNode object(SimRequest request) {
        String body = request.body();
        if (body == null || body.isBlank()) {
            throw new ApiException(400, "The body can't be empty");
        }
        JsonNode json;
        try {
            json = Json.parse(body);
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "Malformed JSON request body");
        }
        if (!json.isObject()) {
            throw new ApiException(400, "The body must be a JSON object");
        }
        if (json.isEmpty()) {
            throw new ApiException(400, "The body can't be empty");
        }
        return (ObjectNode) json;
    }

    /** The string value of a field, null when absent or JSON null. */
    static String text(ObjectNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new ApiException(400, "Field '" + field + "' must be a string");
        }
        return value.asText();
    }

    /** Refuses the body unless each field is a non-blank string, naming every one missing. */
    static void requireText(ObjectNode body, String... fields) {
        List<String> missing = new ArrayList<>();
        for (String field : fields) {
            String value = text(body, field);
            if (value == null || value.isBlank()) {
                missing.add(field);
            }
        }
        if (!missing.isEmpty()) {
            throw new ApiException(400, "Missing mandatory field(s): " + String.join(", ", missing));
        }
    }

    static void requireEmail(String email) {
        if (!EMAIL.matcher(email.trim()).matches()) {
            throw new ApiException(400, "Field 'email' must be a valid email address");
        }
    }

    /** The lead id, null when absent or JSON null. */
    static Long id(ObjectNode body) {
        JsonNode id = body.get("id");
        if (id == null || id.isNull()) {
            return null;
        }
        if (!id.canConvertToExactIntegral() || !id.canConvertToLong()) {
            throw new ApiException(400, "Field 'id' must be a number");
        }
        return id.asLong();
    }

    /** Checks the optional fields with a known type: {@code scheduleId}, {@code scheduleName}, {@code customFields}. */
    static void checkOptionalFields(ObjectNode body) {
        JsonNode scheduleId = body.get("scheduleId");
        if (scheduleId != null && !scheduleId.isNull() && !scheduleId.canConvertToExactIntegral()) {
            throw new ApiException(400, "Field 'scheduleId' must be a number");
        }
        text(body, "scheduleName");
        JsonNode customFields = body.get("customFields");
        if (customFields == null || customFields.isNull()) {
            return;
        }
        if (!customFields.isArray()) {
            throw new ApiException(400, "Field 'customFields' must be an array of {\"name\", \"value\"}");
        }
        for (JsonNode field : customFields) {
            if (!field.isObject() || !field.path("name").isTextual()) {
                throw new ApiException(400, "Each of 'customFields' must be an object with a string 'name'");
            }
        }
    }

    /** A copy of the body without the server's fields, and without null values unless {@code keepNulls}. */
    static ObjectNode clientFields(ObjectNode body, boolean keepNulls) {
        ObjectNode fields = Json.object();
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            if (!SERVER_FIELDS.contains(field.getKey()) && (keepNulls || !field.getValue().isNull())) {
                fields.set(field.getKey(), field.getValue());
            }
        }
        return fields;
    }
}
