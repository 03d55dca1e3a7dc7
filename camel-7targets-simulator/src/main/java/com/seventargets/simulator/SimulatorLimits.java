package com.seventargets.simulator;

/**
 * What bounds the simulator's memory and threads.
 *
 * @param maxBodySize    the largest request body read, in bytes: a larger one is answered 413 without being kept
 * @param journalBytes   about how many bytes the journal's requests may take; the oldest are dropped beyond it
 * @param journalEntries how many requests the journal keeps at most
 * @param maxLeads       how many leads are kept; beyond it, the oldest lead is evicted
 * @param maxTokens      how many unexpired access tokens are kept; beyond it, the oldest is forgotten
 * @param threads        the threads that read and answer requests (waits hold none of them)
 */
record SimulatorLimits(int maxBodySize, long journalBytes, int journalEntries, int maxLeads, int maxTokens,
                       int threads) {

    static final SimulatorLimits DEFAULTS = new SimulatorLimits(1024 * 1024, 64L * 1024 * 1024, 100_000, 100_000,
            10_000, 16);
}
