package cn.zhifa.publication.ui;

import cn.zhifa.publication.PublicationSettings;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import org.springframework.stereotype.Component;

/**
 * In-memory token bucket per client address for public search and feeds: {@code burst} requests at once, refilled
 * at {@code perSecond}. Bounded: at most {@value #MAX_CLIENTS} addresses are tracked (least recently used dropped).
 * One node only; behind a proxy the remote address is the proxy's (see the decision record).
 */
@Component
class RateLimiter {

    static final int MAX_CLIENTS = 10_000;

    private final int burst;
    private final double perNano;
    private final LongSupplier nanos;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_CLIENTS;
        }
    };

    @org.springframework.beans.factory.annotation.Autowired
    RateLimiter(PublicationSettings settings) {
        this(settings.searchBurst(), settings.searchPerSecond(), System::nanoTime);
    }

    RateLimiter(int burst, double perSecond, LongSupplier nanos) {
        this.burst = burst;
        this.perNano = perSecond / 1e9;
        this.nanos = nanos;
    }

    /** Takes one token for the client; false when the client must wait. */
    synchronized boolean tryAcquire(String client) {
        long now = nanos.getAsLong();
        Bucket b = buckets.computeIfAbsent(client, k -> new Bucket(burst, now));
        b.tokens = Math.min(burst, b.tokens + (now - b.at) * perNano);
        b.at = now;
        if (b.tokens < 1) {
            return false;
        }
        b.tokens -= 1;
        return true;
    }

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    synchronized int tracked() {
        return buckets.size();
    }
}
