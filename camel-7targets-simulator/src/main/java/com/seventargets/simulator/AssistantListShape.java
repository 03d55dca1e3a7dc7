package com.seventargets.simulator;

/** The JSON shape the simulator answers {@code GET /leads/assistant} with. */
public enum AssistantListShape {
    /** A bare JSON array of the page's assistants, as in 7Targets' documentation sample. */
    ARRAY,
    /** A Spring Data {@code Page}: {@code content}, {@code totalElements}, {@code totalPages}, {@code last}, ... */
    PAGE,
    /** Spring Data's {@code PagedModel}: {@code content} plus a {@code page} object with the counts. */
    PAGE_METADATA
}
