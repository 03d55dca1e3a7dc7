package com.seventargets.camel.internal;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import javax.net.ssl.SSLHandshakeException;

import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.message.BasicHeader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(3, 100, 1000, false);

    @Test
    void backsOffExponentiallyWithJitterUpToTheCap() {
        for (int i = 0; i < 200; i++) {
            assertThat(policy.delayAfter(1, status(503))).isBetween(50L, 100L);
            assertThat(policy.delayAfter(2, status(503))).isBetween(100L, 200L);
            assertThat(policy.delayAfter(3, status(503))).isBetween(200L, 400L);
        }
        RetryPolicy many = new RetryPolicy(100, 100, 1000, false);
        assertThat(many.delayAfter(60, status(503))).isBetween(500L, 1000L);
    }

    @Test
    void stopsAfterMaxRetries() {
        assertThat(policy.delayAfter(4, status(503))).isNegative();
        assertThat(new RetryPolicy(0, 100, 1000, false).delayAfter(1, status(503))).isNegative();
    }

    @Test
    void retriesOnlyTransientStatuses() {
        assertThat(policy.delayAfter(1, status(429))).isNotNegative();
        assertThat(policy.delayAfter(1, status(502))).isNotNegative();
        assertThat(policy.delayAfter(1, status(504))).isNotNegative();
        assertThat(policy.delayAfter(1, status(500))).isNegative();
        assertThat(policy.delayAfter(1, status(400))).isNegative();
        assertThat(policy.delayAfter(1, status(401))).isNegative();
    }

    @Test
    void readsRetryAfterAsSecondsOrDateAndGivesUpBeyondTheCap() {
        assertThat(policy.delayAfter(1, status(429, "Retry-After", "0"))).isZero();
        assertThat(policy.delayAfter(1, status(429, "Retry-After", " 1 "))).isEqualTo(1000);
        assertThat(policy.delayAfter(1, status(429, "Retry-After", "1"))).as("as long as the cap").isEqualTo(1000);
        assertThat(policy.delayAfter(1, status(429, "Retry-After", "86400"))).as("longer: final").isNegative();
        String past = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).minusMinutes(1));
        assertThat(policy.delayAfter(1, status(503, "Retry-After", past))).isZero();
        assertThat(RetryPolicy.retryAfterMillis("Wed, 21 Oct 2099 07:28:00 GMT")).isPositive();
        assertThat(policy.delayAfter(1, status(503, "Retry-After", "soon"))).as("unreadable: backoff")
                .isBetween(50L, 100L);
    }

    @Test
    void retriesConnectionFailuresWhereNothingWasSent() {
        assertThat(policy.delayAfter(1, new ConnectException("refused"), false)).isNotNegative();
        assertThat(policy.delayAfter(1, new org.apache.hc.client5.http.ConnectTimeoutException("slow"), false))
                .isNotNegative();
    }

    @Test
    void retriesLostAnswersOnlyWhenRepeatingIsHarmless() {
        assertThat(policy.delayAfter(1, new SocketTimeoutException("Read timed out"), false)).isNegative();
        assertThat(policy.delayAfter(1, new NoHttpResponseException("closed"), false)).isNegative();
        assertThat(policy.delayAfter(1, new SocketTimeoutException("Read timed out"), true)).isNotNegative();
        assertThat(new RetryPolicy(3, 100, 1000, true).delayAfter(1, new NoHttpResponseException("closed"), false))
                .isNotNegative();
        assertThat(policy.whyNotRetried(1, new SocketTimeoutException("Read timed out"), false))
                .contains("retryUncertainCreate=true");
    }

    @Test
    void neverRetriesTlsFailures() {
        assertThat(policy.delayAfter(1, new SSLHandshakeException("PKIX path building failed"), true)).isNegative();
        assertThat(policy.whyNotRetried(1, new SSLHandshakeException("untrusted"), true))
                .contains("option sslContextParameters");
    }

    private static RawResponse status(int status) {
        return new RawResponse(status, "", new Header[0], new byte[0]);
    }

    private static RawResponse status(int status, String header, String value) {
        return new RawResponse(status, "", new Header[] {new BasicHeader(header, value)}, new byte[0]);
    }
}
