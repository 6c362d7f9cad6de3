package cn.zhifa.publication.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The public search's token bucket: a burst, then the refill rate; per client; bounded memory. */
class RateLimiterTest {

    @Test
    void burstThenRefillPerClient() {
        AtomicLong now = new AtomicLong(1_000_000_000L);
        RateLimiter limiter = new RateLimiter(3, 2.0, now::get);
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isFalse();
        assertThat(limiter.tryAcquire("b")).as("another client has its own bucket").isTrue();
        now.addAndGet(500_000_000L); // half a second at 2/s: one token
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isFalse();
        now.addAndGet(60_000_000_000L);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("a")).as("refilled up to the burst only").isTrue();
        }
        assertThat(limiter.tryAcquire("a")).isFalse();
    }

    @Test
    void tracksABoundedNumberOfClients() {
        RateLimiter limiter = new RateLimiter(1, 1.0, System::nanoTime);
        for (int i = 0; i < RateLimiter.MAX_CLIENTS + 500; i++) {
            limiter.tryAcquire("10.0." + (i / 256) + "." + (i % 256));
        }
        assertThat(limiter.tracked()).isEqualTo(RateLimiter.MAX_CLIENTS);
    }
}
