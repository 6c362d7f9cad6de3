package cn.zhifa.account;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The public complaint form's limits per address and per session, in windows of the controlled clock. */
class SubmissionLimiterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private final AccountSettings settings = new AccountSettings(5, Duration.ofMinutes(15), Duration.ofMinutes(15), 20,
            Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofMinutes(30), 4, 2, Duration.ofHours(1));
    private final SubmissionLimiter limiter = new SubmissionLimiter(settings, clock);

    @Test
    void perSessionThenPerAddressAndTheWindowEnds() {
        assertThat(limiter.tryComplaint("10.0.0.1", "s1")).isTrue();
        assertThat(limiter.tryComplaint("10.0.0.1", "s1")).isTrue();
        assertThat(limiter.tryComplaint("10.0.0.1", "s1")).as("third in one session").isFalse();
        assertThat(limiter.tryComplaint("10.0.0.1", "s2")).isTrue();
        assertThat(limiter.tryComplaint("10.0.0.1", "s3")).isTrue();
        assertThat(limiter.tryComplaint("10.0.0.1", "s4")).as("fifth from one address").isFalse();
        assertThat(limiter.tryComplaint("10.0.0.2", "s5")).as("another address").isTrue();
        assertThat(limiter.retryAfterSeconds("10.0.0.1")).isBetween(1L, 3600L);
        clock.advance(Duration.ofMinutes(59));
        assertThat(limiter.tryComplaint("10.0.0.1", "s6")).isFalse();
        clock.advance(Duration.ofMinutes(2));
        assertThat(limiter.tryComplaint("10.0.0.1", "s1")).as("a new window").isTrue();
    }

    @Test
    void aClockSetBackStartsANewWindow() {
        assertThat(limiter.tryComplaint("10.0.0.3", "a")).isTrue();
        assertThat(limiter.tryComplaint("10.0.0.3", "a")).isTrue();
        assertThat(limiter.tryComplaint("10.0.0.3", "a")).isFalse();
        clock.advance(Duration.ofDays(-1));
        assertThat(limiter.tryComplaint("10.0.0.3", "a")).isTrue();
    }
}
