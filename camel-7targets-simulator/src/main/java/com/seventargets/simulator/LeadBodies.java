package com.seventargets.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reading and validating lead request bodies; every refusal is a 400 {@link ApiException}. */
final class LeadBodies {

    /**
     * The request fields of 7Targets' document that a lead keeps as sent. {@code id} designates the lead;
     * {@code assistantEmail}, {@code scheduleId} and {@code scheduleName} are resolved against the assistants; any
     * other field (the server's own, such as {@code state}, which 7Targets' own integrations send, or one the document
     * does not list) is ignored, as a Spring server with Jackson's defaults ignores it.
     */
    static final List<String> KEPT_FIELDS =
            List.of("name", "lastName", "source", "context", "additionalInformationLine", "email", "phone", "customFields");

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

    /** The whole number in a field ({@code id}, {@code scheduleId}), null when absent or JSON null. */
    static Long number(ObjectNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.canConvertToExactIntegral() || !value.canConvertToLong()) {
            throw new ApiException(400, "Field '" + field + "' must be a number");
        }
        return value.asLong();
    }

    /** Checks the optional fields with a known type: {@code scheduleId}, {@code scheduleName}, {@code customFields}. */
    static void checkOptionalFields(ObjectNode body) {
        number(body, "scheduleId");
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

    /** The body's {@link #KEPT_FIELDS} that are there and not null. */
    static ObjectNode keptFields(ObjectNode body) {
        ObjectNode fields = Json.object();
        for (String name : KEPT_FIELDS) {
            JsonNode value = body.get(name);
            if (value != null && !value.isNull()) {
                fields.set(name, value);
            }
        }
        return fields;
    }
}
