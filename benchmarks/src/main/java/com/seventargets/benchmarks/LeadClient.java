package com.seventargets.benchmarks;

import com.seventargets.camel.model.Lead;

/** One way of creating a lead and waiting for the answer: a variant of the benchmark. Thread-safe once started. */
interface LeadClient extends AutoCloseable {

    /**
     * Gets ready to create leads on {@code target}, with at most {@code connections} pooled connections per
     * route and in total, or the library's defaults when 0.
     */
    void start(Target target, int connections) throws Exception;

    /** Creates the lead and returns the id answered (0 for a client that does not parse answers). */
    long create(Lead lead) throws Exception;
}
