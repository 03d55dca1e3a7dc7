package com.seventargets.camel.model;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A 7Targets lead, as sent and as returned. Fields 7Targets adds that are not modelled here (and fields you send
 * that the API document does not list, such as {@code company} or {@code externalId}) are kept in
 * {@link #getAdditionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Lead extends AdditionalProperties {
    /** Set by 7Targets; identifies the lead on update and stop follow-up. */
    private Long id;
    /** Mandatory on create. */
    private String name;
    private String lastName;
    /** 7Targets defaults it to Website. */
    private String source;
    /** What the assistant writes its messages about. */
    private String context;
    private String additionalInformationLine;
    /** Mandatory on create; cannot be changed by an update. */
    private String email;
    /** For example +919123456789. */
    private String phone;
    /** The assistant the lead is assigned to; mandatory on create. */
    private String assistantEmail;
    /** The schedule (sequence) to follow; else scheduleName; else the assistant's default. */
    private Long scheduleId;
    /** Case sensitive. */
    private String scheduleName;
    private List<CustomField> customFields;
    /** Returned by 7Targets, for example SALES. */
    private String type;
    /** Returned by 7Targets. */
    private Long assistantId;
    /** Returned by 7Targets as a date-time; null once follow-up is stopped. */
    private String nextScheduleTime;
    /** Returned by 7Targets, for example Cold. */
    private String state;
    /** Returned by 7Targets, for example Followup. */
    private String subState;
    /** Returned by 7Targets. */
    private Integer followup;

    public Lead() {
    }

    /**
     * A copy of another lead; its custom fields and additional properties are copied into new collections.
     */
    public Lead(Lead other) {
        this.id = other.id;
        this.name = other.name;
        this.lastName = other.lastName;
        this.source = other.source;
        this.context = other.context;
        this.additionalInformationLine = other.additionalInformationLine;
        this.email = other.email;
        this.phone = other.phone;
        this.assistantEmail = other.assistantEmail;
        this.scheduleId = other.scheduleId;
        this.scheduleName = other.scheduleName;
        this.customFields = other.customFields == null ? null : new ArrayList<>(other.customFields);
        this.type = other.type;
        this.assistantId = other.assistantId;
        this.nextScheduleTime = other.nextScheduleTime;
        this.state = other.state;
        this.subState = other.subState;
        this.followup = other.followup;
        getAdditionalProperties().putAll(other.getAdditionalProperties());
    }

    @Override
    public String toString() {
        return "Lead[id=" + id + ", email=" + email + ", assistantEmail=" + assistantEmail + "]";
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getContext() {
        return context;
    }

    public void setContext(String context) {
        this.context = context;
    }

    public String getAdditionalInformationLine() {
        return additionalInformationLine;
    }

    public void setAdditionalInformationLine(String additionalInformationLine) {
        this.additionalInformationLine = additionalInformationLine;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getAssistantEmail() {
        return assistantEmail;
    }

    public void setAssistantEmail(String assistantEmail) {
        this.assistantEmail = assistantEmail;
    }

    public Long getScheduleId() {
        return scheduleId;
    }

    public void setScheduleId(Long scheduleId) {
        this.scheduleId = scheduleId;
    }

    public String getScheduleName() {
        return scheduleName;
    }

    public void setScheduleName(String scheduleName) {
        this.scheduleName = scheduleName;
    }

    public List<CustomField> getCustomFields() {
        return customFields;
    }

    public void setCustomFields(List<CustomField> customFields) {
        this.customFields = customFields;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public Long getAssistantId() {
        return assistantId;
    }

    public void setAssistantId(Long assistantId) {
        this.assistantId = assistantId;
    }

    public String getNextScheduleTime() {
        return nextScheduleTime;
    }

    public void setNextScheduleTime(String nextScheduleTime) {
        this.nextScheduleTime = nextScheduleTime;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getSubState() {
        return subState;
    }

    public void setSubState(String subState) {
        this.subState = subState;
    }

    public Integer getFollowup() {
        return followup;
    }

    public void setFollowup(Integer followup) {
        this.followup = followup;
    }
}
