package com.seventargets.camel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.seventargets.camel.internal.SevenTargetsApi;
import com.seventargets.camel.model.CustomField;
import com.seventargets.camel.model.Lead;
import org.apache.camel.Message;

/**
 * Turns a message body into the lead to send: reads it ({@link Lead}, {@code Map} or JSON text), applies the
 * endpoint's defaults on create, and checks it. Anything wrong is reported before a request is made.
 */
final class LeadRequests {

    /** Far above any real name or context, far below what would make a request absurd. */
    static final int MAX_TEXT_LENGTH = 10_000;
    /** The most custom fields one lead may carry. */
    static final int MAX_CUSTOM_FIELDS = 100;
    /** The longest custom field name. */
    static final int MAX_CUSTOM_FIELD_NAME_LENGTH = 255;
    /**
     * The largest lead, as the JSON sent: room for every text field at its limit and many custom fields, while a lead
     * padded with unknown fields or custom fields is refused.
     */
    static final int MAX_JSON_BYTES = 1024 * 1024;

    private static final ObjectWriter LEAD_WRITER = SevenTargetsApi.JSON.writerFor(Lead.class);

    private final SevenTargetsConfiguration defaults;

    LeadRequests(SevenTargetsConfiguration defaults) {
        this.defaults = defaults;
    }

    /**
     * The lead to send for this operation; the message's own body is never changed.
     *
     * @throws SevenTargetsValidationException naming every problem found
     */
    Lead toLead(Message message, SevenTargetsOperation operation) {
        Lead lead = read(message, operation);
        if (lead == null) {
            throw invalid(operation, "the body is JSON null: send a Lead, a Map or a JSON object");
        }
        if (operation == SevenTargetsOperation.create) {
            applyDefaults(lead);
        }
        List<String> problems = operation == SevenTargetsOperation.create ? checkCreate(lead) : checkIdentified(lead);
        checkCustomFields(lead, problems);
        checkLengths(lead, problems);
        if (problems.isEmpty()) {
            checkJsonSize(lead, problems);
        }
        if (!problems.isEmpty()) {
            throw new SevenTargetsValidationException(operation, problems);
        }
        return lead;
    }

    private static Lead read(Message message, SevenTargetsOperation operation) {
        Object body = message.getBody();
        try {
            if (body instanceof Lead lead) {
                return new Lead(lead);
            } else if (body instanceof Map<?, ?> map) {
                return SevenTargetsApi.JSON.convertValue(map, Lead.class);
            } else if (body instanceof String text) {
                return SevenTargetsApi.LEAD_READER.readValue(text);
            } else if (body instanceof byte[] bytes) {
                return SevenTargetsApi.LEAD_READER.readValue(bytes);
            } else if (body != null) {
                InputStream stream = message.getBody(InputStream.class);
                if (stream == null) {
                    throw invalid(operation, "the body is a " + body.getClass().getName()
                                             + ": send a Lead, a Map or JSON text (String, byte[] or InputStream)");
                }
                return SevenTargetsApi.LEAD_READER.readValue(stream);
            }
            throw invalid(operation, "the body is empty: send a Lead, a Map or a JSON object");
        } catch (IllegalArgumentException e) {
            // convertValue wraps Jackson's exception
            if (e.getCause() instanceof JsonMappingException mapping) {
                throw new SevenTargetsValidationException(operation, List.of(describe(mapping)), e);
            }
            throw e;
        } catch (JsonProcessingException e) {
            throw new SevenTargetsValidationException(operation, List.of(describe(e)), e);
        } catch (IOException e) {
            throw new SevenTargetsValidationException(
                    operation, List.of("the body could not be read: " + e.getMessage()), e);
        }
    }

    private static String describe(JsonProcessingException e) {
        if (e instanceof MismatchedInputException mismatch) {
            String field = mismatch.getPath().isEmpty() ? null : path(mismatch);
            if (field != null) {
                return "field '" + field + "' has the wrong type (" + e.getOriginalMessage() + ")";
            }
            if (e.getOriginalMessage().startsWith("No content")) {
                return "the body is empty: send a Lead, a Map or a JSON object";
            }
            return "the body is not one lead: a JSON object is expected (" + e.getOriginalMessage() + ")";
        }
        return "the body is not valid JSON (" + e.getOriginalMessage() + locationOf(e) + ")";
    }

    private static String path(MismatchedInputException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String locationOf(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }

    private void applyDefaults(Lead lead) {
        if (isBlank(lead.getAssistantEmail())) {
            lead.setAssistantEmail(defaults.getAssistantEmail());
        }
        if (isBlank(lead.getSource())) {
            lead.setSource(defaults.getSource());
        }
        if (isBlank(lead.getContext())) {
            lead.setContext(defaults.getContext());
        }
        // a lead that names its schedule either way keeps it: 7Targets prefers scheduleId over scheduleName
        if (lead.getScheduleId() == null && isBlank(lead.getScheduleName())) {
            lead.setScheduleId(defaults.getScheduleId());
            lead.setScheduleName(defaults.getScheduleName());
        }
    }

    private static List<String> checkCreate(Lead lead) {
        List<String> problems = new ArrayList<>();
        if (isBlank(lead.getName())) {
            problems.add("name is missing (mandatory)");
        }
        checkEmail("email", lead.getEmail(), "mandatory", problems);
        checkEmail("assistantEmail", lead.getAssistantEmail(),
                "mandatory: set it on the lead or with the endpoint option assistantEmail", problems);
        return problems;
    }

    private static List<String> checkIdentified(Lead lead) {
        List<String> problems = new ArrayList<>();
        if (lead.getId() == null && isBlank(lead.getEmail())) {
            problems.add("id and email are both missing: one of them identifies the lead");
        } else if (!isBlank(lead.getEmail())) {
            checkEmail("email", lead.getEmail(), null, problems);
        }
        return problems;
    }

    private static void checkEmail(String field, String value, String whyMandatory, List<String> problems) {
        if (isBlank(value)) {
            problems.add(field + " is missing (" + whyMandatory + ")");
            return;
        }
        int control = controlCharacterIn(value);
        if (control >= 0) { // the value is not quoted: it could split the line it is logged on
            String code = String.format("U+%04X", (int) value.charAt(control));
            problems.add(field + " contains the control character " + code + " at position " + control
                         + ": an e-mail address has none");
        } else if (value.length() > 254 || !isEmail(value)) {
            problems.add(field + " '" + abbreviate(value) + "' is not an e-mail address (expected name@domain.tld)");
        }
    }

    private static void checkCustomFields(Lead lead, List<String> problems) {
        List<CustomField> fields = lead.getCustomFields();
        if (fields != null && fields.size() > MAX_CUSTOM_FIELDS) {
            problems.add("customFields has " + fields.size() + " fields: at most " + MAX_CUSTOM_FIELDS
                         + " are accepted");
            return;
        }
        for (int i = 0; fields != null && i < fields.size(); i++) {
            String name = fields.get(i) == null ? null : fields.get(i).getName();
            if (isBlank(name)) {
                problems.add("customFields[" + i + "].name is missing: each custom field needs a name and a value");
            } else if (name.length() > MAX_CUSTOM_FIELD_NAME_LENGTH) {
                problems.add("customFields[" + i + "].name is " + name.length() + " characters long: at most "
                             + MAX_CUSTOM_FIELD_NAME_LENGTH + " are accepted");
            }
        }
    }

    /** Unknown fields have no limit of their own: the size of the whole JSON bounds them. */
    private static void checkJsonSize(Lead lead, List<String> problems) {
        ByteCounter counter = new ByteCounter();
        try {
            LEAD_WRITER.writeValue(counter, lead);
        } catch (IOException e) {
            throw new IllegalStateException("A lead could not be written as JSON", e);
        }
        if (counter.count > MAX_JSON_BYTES) {
            problems.add("the lead is " + counter.count + " bytes of JSON: at most " + MAX_JSON_BYTES
                         + " are accepted (fields that are not a lead's own count too)");
        }
    }

    private static void checkLengths(Lead lead, List<String> problems) {
        checkLength("name", lead.getName(), problems);
        checkLength("lastName", lead.getLastName(), problems);
        checkLength("email", lead.getEmail(), problems);
        checkLength("phone", lead.getPhone(), problems);
        checkLength("source", lead.getSource(), problems);
        checkLength("context", lead.getContext(), problems);
        checkLength("additionalInformationLine", lead.getAdditionalInformationLine(), problems);
        checkLength("assistantEmail", lead.getAssistantEmail(), problems);
        checkLength("scheduleName", lead.getScheduleName(), problems);
        List<CustomField> fields = lead.getCustomFields();
        for (int i = 0; fields != null && i < fields.size(); i++) {
            String value = fields.get(i) == null ? null : fields.get(i).getValue();
            if (isTooLong(value)) { // the field's name is built only when it is needed
                problems.add(tooLong("customFields[" + i + "].value", value));
            }
        }
    }

    private static void checkLength(String field, String value, List<String> problems) {
        if (isTooLong(value)) {
            problems.add(tooLong(field, value));
        }
    }

    private static boolean isTooLong(String value) {
        return value != null && value.length() > MAX_TEXT_LENGTH;
    }

    private static String tooLong(String field, String value) {
        return field + " is " + value.length() + " characters long: at most " + MAX_TEXT_LENGTH + " are accepted";
    }

    private static SevenTargetsValidationException invalid(SevenTargetsOperation operation, String problem) {
        return new SevenTargetsValidationException(operation, List.of(problem));
    }

    private static String abbreviate(String value) {
        return value.length() > 80 ? value.substring(0, 80) + "..." : value;
    }

    /**
     * name@domain.tld: one {@code @} with text before it, no white space, and a dot inside the domain (what the regular
     * expression {@code [^@\s]+@[^@\s]+\.[^@\s]+} accepts, without a matcher per message).
     */
    static boolean isEmail(String value) {
        int at = value.indexOf('@');
        if (at < 1 || value.indexOf('@', at + 1) >= 0) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (" \t\n\u000B\f\r".indexOf(value.charAt(i)) >= 0) {
                return false;
            }
        }
        return value.lastIndexOf('.', value.length() - 2) > at + 1;
    }

    /**
     * Where the first C0 or C1 control character, DEL, or Unicode line or paragraph separator is; -1 if none. Such a
     * character in an address can split a log line or a mail header.
     */
    static int controlCharacterIn(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                return i;
            }
        }
        return -1;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** Counts what is written to it, and keeps nothing. */
    private static final class ByteCounter extends OutputStream {

        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            count += length;
        }
    }
}
