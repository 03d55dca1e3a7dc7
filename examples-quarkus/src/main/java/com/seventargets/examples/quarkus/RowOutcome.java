package com.seventargets.examples.quarkus;

/**
 * What became of one row of a CSV file, as its results file, the summary line and the meters name it.
 */
enum RowOutcome {

    /** 7Targets created the lead. */
    CREATED("created"),
    /** The lead was created before (by an earlier import, say): not sent again. */
    ALREADY_CREATED("already created"),
    /** The row cannot become a lead: it is invalid, or 7Targets refused it (4xx). Sending it again would not help. */
    REJECTED("rejected"),
    /** 7Targets could not be reached or answered an error after the retries; or the outcome of the call is unknown. */
    FAILED("failed");

    private final String label;

    RowOutcome(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
