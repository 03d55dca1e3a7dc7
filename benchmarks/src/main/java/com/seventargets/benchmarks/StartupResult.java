package com.seventargets.benchmarks;

/**
 * The cost of starting one variant in a fresh JVM, from before the client (for Camel: an empty CamelContext)
 * is created to the first created lead.
 *
 * @param millisToFirstLead wall time from creating the client to the first lead's answer
 * @param jvmUptimeMillis the JVM's uptime at the first answer (JVM start included)
 * @param retainedHeapBytes used heap after a full GC, with the client running, minus the same before it
 * @param allocatedBytes bytes allocated by live threads meanwhile
 * @param residentBytes growth of the process's resident set size
 * @param loadedClasses classes loaded meanwhile
 */
record StartupResult(String variant, double millisToFirstLead, long jvmUptimeMillis, long retainedHeapBytes,
        long allocatedBytes, long residentBytes, int loadedClasses) {
}
