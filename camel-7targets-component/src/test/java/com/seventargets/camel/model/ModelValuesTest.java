package com.seventargets.camel.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the model's types print and how they compare, as users see them in logs and collections. */
class ModelValuesTest {

    @Test
    void customFieldsAreEqualByNameAndValue() {
        CustomField company = new CustomField("company", "Acme");

        assertThat(company).isEqualTo(new CustomField("company", "Acme"))
                .hasSameHashCodeAs(new CustomField("company", "Acme"))
                .isNotEqualTo(new CustomField("company", "Other"))
                .isNotEqualTo(new CustomField("city", "Acme"))
                .isNotEqualTo("company=Acme");
        assertThat(new CustomField()).isEqualTo(new CustomField(null, null));
        assertThat(company).hasToString("company=Acme");
    }

    @Test
    void aLeadPrintsItsIdAndEmailsOnly() {
        Lead lead = new Lead();
        lead.setId(7L);
        lead.setEmail("ada@example.com");
        lead.setAssistantEmail("assistant@example.com");
        lead.setName("Ada");
        lead.setPhone("+44 20 7946 0000");

        assertThat(lead).hasToString("Lead[id=7, email=ada@example.com, assistantEmail=assistant@example.com]");
    }
}
