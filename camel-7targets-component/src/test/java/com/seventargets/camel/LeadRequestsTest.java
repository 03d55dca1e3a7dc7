package com.seventargets.camel;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LeadRequestsTest {

    /** The rule as it was first written, and as the documentation states it. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    @Test
    void isEmailAcceptsExactlyWhatTheDocumentedRegularExpressionAccepts() {
        List<String> samples = List.of("ada@example.com", "a@b.c", "a.b@c.d.e", "a@b..c", "a@.bc", "a@bc.", "a@b.c.",
                "@b.c", "a@", "a@b", "a@@b.c", "a@b@c.d", "a b@c.d", "a@b c.d", "a\t@b.c", "a@b.c\n", "ab@c\u000B.d",
                "a@b.c ", " a@b.c", ".@b.c", "a@..", "a@b.", "a.@b.c", "a@-.-", "é@ü.ç", "a@b.c.d.", "@", "", ".",
                "a@.", "a@b.cd@", "x@y.z\r");
        for (String sample : samples) {
            assertThat(LeadRequests.isEmail(sample)).as("'" + sample + "'").isEqualTo(EMAIL.matcher(sample).matches());
        }
    }
}
