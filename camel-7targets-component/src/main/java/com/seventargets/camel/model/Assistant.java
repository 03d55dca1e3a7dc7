package com.seventargets.camel.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A 7Targets assistant, as listed by the API. Fields not modelled here are kept in {@link #getAdditionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Assistant extends AdditionalProperties {
    private Long id;
    private String name;
    private Long organisationId;
    /** The e-mail signature, as HTML. */
    private String completeSignature;
    /** The assistant's e-mail address: the value of a lead's assistantEmail. */
    private String emailid;
    private String description;
    private String role;
    private Long defaultScheduleId;
    private Long defaultScheduleIdForEmailCC;
    /** How many e-mails the assistant sends a day. */
    private Integer perDayEmailLimit;

    @Override
    public String toString() {
        return "Assistant[id=" + id + ", name=" + name + ", emailid=" + emailid + "]";
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

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getCompleteSignature() {
        return completeSignature;
    }

    public void setCompleteSignature(String completeSignature) {
        this.completeSignature = completeSignature;
    }

    public String getEmailid() {
        return emailid;
    }

    public void setEmailid(String emailid) {
        this.emailid = emailid;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public Long getDefaultScheduleId() {
        return defaultScheduleId;
    }

    public void setDefaultScheduleId(Long defaultScheduleId) {
        this.defaultScheduleId = defaultScheduleId;
    }

    public Long getDefaultScheduleIdForEmailCC() {
        return defaultScheduleIdForEmailCC;
    }

    public void setDefaultScheduleIdForEmailCC(Long defaultScheduleIdForEmailCC) {
        this.defaultScheduleIdForEmailCC = defaultScheduleIdForEmailCC;
    }

    public Integer getPerDayEmailLimit() {
        return perDayEmailLimit;
    }

    public void setPerDayEmailLimit(Integer perDayEmailLimit) {
        this.perDayEmailLimit = perDayEmailLimit;
    }
}
