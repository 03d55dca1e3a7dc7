package com.seventargets.camel.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.seventargets.camel.model.Lead;

/**
 * The one Jackson mapper the component uses: thread safe, built once.
 */
final class Json {

    /** Unknown fields are kept by the model classes, so they never fail a read. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Reads one {@link Lead}; JSON {@code null} reads as null. */
    public static final ObjectReader LEAD_READER = MAPPER.readerFor(Lead.class);

    private Json() {
    }
}
