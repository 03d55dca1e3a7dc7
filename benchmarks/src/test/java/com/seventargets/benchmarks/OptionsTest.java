package com.seventargets.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void bulkAtLatencyDefaultsToOneHundredMillisecondsAndSixtyFourInFlight() {
        Options options = Options.parse(new String[0]);

        assertThat(options.latencyMillis()).isEqualTo(100);
        assertThat(options.concurrency()).isEqualTo(64);
        assertThat(options.runs("bulk-latency")).isTrue();
    }

    @Test
    void quickStillRunsEveryScenario() {
        Options options = Options.parse(new String[] {"--quick"});

        assertThat(Options.ALL_SCENARIOS).allMatch(options::runs);
    }

    @Test
    void latencyConcurrencyAndRowsAreTakenFromTheCommandLine() {
        Options options = Options.parse(new String[] {"--scenarios", "bulk-latency", "--latency", "150",
                "--concurrency", "32", "--rows", "5000"});

        assertThat(options.latencyMillis()).isEqualTo(150);
        assertThat(options.concurrency()).isEqualTo(32);
        assertThat(options.rows()).isEqualTo(5000);
        assertThat(options.runs("bulk-latency")).isTrue();
        assertThat(options.runs("bulk")).isFalse();
    }

    @Test
    void aLatencyThatIsNotAPositiveWholeNumberIsRefusedByName() {
        assertThatThrownBy(() -> Options.parse(new String[] {"--latency", "100ms"}))
                .hasMessageStartingWith("--latency 100ms: must be a whole number from 1 to 2147483647");
        assertThatThrownBy(() -> Options.parse(new String[] {"--concurrency", "0"}))
                .hasMessageStartingWith("--concurrency 0: must be a whole number from 1 to 2147483647");
    }
}
