package com.seventargets.benchmarks;

/** A part of the benchmark that can be chosen on the command line. */
interface Scenario {

    /** Its name for {@code --scenarios}. */
    String name();

    /** Runs its forks and adds what they measured to {@code results}. */
    void run(ForkRunner runner, Options options, Results results) throws Exception;
}
