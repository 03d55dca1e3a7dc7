package com.seventargets.camel.internal;

import java.time.Duration;

import com.seventargets.camel.ManualClock;
import com.seventargets.camel.SevenTargetsAuthenticationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserRefusalsTest {

    private static final Duration COOLDOWN = Duration.ofSeconds(30);

    private final ManualClock clock = new ManualClock();
    private final UserRefusals refusals = new UserRefusals(COOLDOWN.toNanos(), clock);

    @Test
    void manyRefusedAssistantsAreRememberedUpToTheBound() {
        for (int i = 0; i < 5 * UserRefusals.MAX_REMEMBERED; i++) {
            refusals.remember(assistant(i), refused());
        }

        assertThat(refusals.count(concerning -> true)).isEqualTo(UserRefusals.MAX_REMEMBERED);
        assertThatThrownBy(() -> refusals.requireNotRefused(assistant(0)))
                .isInstanceOf(SevenTargetsAuthenticationException.class);
        assertThatCode(() -> refusals.requireNotRefused(assistant(UserRefusals.MAX_REMEMBERED)))
                .as("beyond the bound, not remembered: its calls are sent").doesNotThrowAnyException();
    }

    @Test
    void anExpiredRefusalNoLongerCountsAndMakesRoomForANewOne() {
        for (int i = 0; i < UserRefusals.MAX_REMEMBERED; i++) {
            refusals.remember(assistant(i), refused());
        }

        clock.advance(COOLDOWN);

        assertThat(refusals.count(concerning -> true)).isZero();
        assertThatCode(() -> refusals.requireNotRefused(assistant(0))).doesNotThrowAnyException();
        refusals.remember("another@example.com", refused());
        assertThatThrownBy(() -> refusals.requireNotRefused("another@example.com"))
                .as("the expired ones were pruned, so the new one is remembered")
                .isInstanceOf(SevenTargetsAuthenticationException.class);
        assertThat(refusals.count(concerning -> true)).isEqualTo(1);
    }

    private static String assistant(int i) {
        return "assistant" + i + "@example.com";
    }

    private static SevenTargetsAuthenticationException refused() {
        return SevenTargetsAuthenticationException.userRefused("create: POST /leads", 401, "{}");
    }
}
