package com.seventargets.benchmarks;

import com.seventargets.simulator.SevenTargetsSimulator;
import com.seventargets.simulator.SimulatorStats;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * The main class of the simulator's own JVM, driven by the harness through stdin: {@code reset},
 * {@code delay <path> <millis>}, {@code latency <API millis> <token endpoint millis>}, {@code stats} (answers
 * {@code STATS <token requests> <process CPU nanos> <most requests under way at once since the reset>
 * <creates received> <leads created>}), {@code creates-per-second} (answers {@code CREATES <count> <count> ...},
 * one count per second of the clock), {@code quit}. Prints
 * {@code READY <baseUrl> <tokenUrl> <clientId> <clientSecret> <userIdentifier>} first.
 */
public final class SimulatorHost {

    /** A small journal: the benchmark never reads it, and it must not grow with the run. */
    private static final int JOURNAL_CAPACITY = 64;

    private SimulatorHost() {
    }

    public static void main(String[] args) throws Exception {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (SevenTargetsSimulator simulator = SevenTargetsSimulator.builder().port(0)
                .journalCapacity(JOURNAL_CAPACITY).build().start()) {
            System.out.println(String.join(" ", "READY", simulator.baseUrl(), simulator.tokenUrl(),
                    simulator.clientId(), simulator.clientSecret(), simulator.userIdentifier()));
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null && !line.equals("quit"); line = in.readLine()) {
                String[] words = line.split(" ");
                switch (words[0]) {
                    case "reset" -> simulator.reset();
                    case "delay" -> simulator.faults().onPath(words[1]).rate(1.0)
                            .delay(Duration.ofMillis(Long.parseLong(words[2])));
                    case "latency" -> {
                        simulator.setLatency(Duration.ofMillis(Long.parseLong(words[1])));
                        simulator.setTokenLatency(Duration.ofMillis(Long.parseLong(words[2])));
                    }
                    case "stats" -> {
                        SimulatorStats stats = simulator.stats();
                        System.out.println("STATS " + simulator.tokenRequestCount() + " " + os.getProcessCpuTime() + " "
                                + simulator.mostConcurrentRequests() + " " + stats.requests("POST /leads") + " "
                                + (stats.leads() + stats.evictedLeads()));
                        continue;
                    }
                    case "creates-per-second" -> {
                        System.out.println(String.join(" ", Stream.concat(Stream.of("CREATES"),
                                simulator.createsPerSecond().stream().map(String::valueOf)).toList()));
                        continue;
                    }
                    default -> throw new IllegalArgumentException("Unknown command " + line);
                }
                System.out.println("OK");
            }
        }
    }
}
