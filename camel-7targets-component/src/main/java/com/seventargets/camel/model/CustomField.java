package com.seventargets.camel.model;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A custom field of a lead: a name and a text value.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class CustomField {

    private String name;
    private String value;

    public CustomField() {
    }

    public CustomField(String name, String value) {
        this.name = name;
        this.value = value;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CustomField other && Objects.equals(name, other.name) && Objects.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, value);
    }

    @Override
    public String toString() {
        return name + "=" + value;
    }
}
