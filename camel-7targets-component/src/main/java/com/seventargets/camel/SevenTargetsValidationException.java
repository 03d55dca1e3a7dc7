package com.seventargets.camel;

import java.util.List;

import org.apache.camel.RuntimeCamelException;

/**
 * A message that cannot be sent to 7Targets as it is: the body is not a lead, the lead lacks a mandatory field
 * or has an invalid one, or a header is invalid. Nothing was sent. Each problem names the field and what would be
 * valid.
 */
public class SevenTargetsValidationException extends RuntimeCamelException {

    private final SevenTargetsOperation operation;
    private final List<String> problems;

    public SevenTargetsValidationException(SevenTargetsOperation operation, List<String> problems) {
        this(operation, problems, null);
    }

    public SevenTargetsValidationException(SevenTargetsOperation operation, List<String> problems, Throwable cause) {
        super("Invalid message for 7Targets " + operation + ", nothing was sent: " + String.join("; ", problems), cause);
        this.operation = operation;
        this.problems = List.copyOf(problems);
    }

    public SevenTargetsOperation getOperation() {
        return operation;
    }

    /**
     * Always false: nothing was sent. Every exception of the component answers this, so that a route's
     * {@code ${exception.outcomeUnknown}} works whatever failed.
     */
    public boolean isOutcomeUnknown() {
        return false;
    }

    /**
     * One sentence per problem, each naming the field.
     */
    public List<String> getProblems() {
        return problems;
    }
}
