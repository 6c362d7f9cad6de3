package cn.zhifa.account;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Limits public submissions (the 网上投诉 form) per client address and per session in fixed windows on the application's
 * clock: at most {@code zhifa.public-complaint.per-address} (default 10) and {@code …per-session} (default 3) per
 * {@code …window} (default 1 h). Kept in memory per application node (sessions are sticky; behind several nodes the
 * address limit applies per node).
 */
@Component
public class SubmissionLimiter {

    private static final int SWEEP_ABOVE = 10_000;

    private final AccountSettings settings;
    private final Clock clock;
    private final Map<String, long[]> windows = new ConcurrentHashMap<>();

    public SubmissionLimiter(AccountSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Counts one submission; true when it is within both limits. Nothing is counted against the address when the
     * session is over its limit (and the other way round).
     */
    public synchronized boolean tryComplaint(String address, String sessionId) {
        return tryCount("", address, sessionId, settings.complaintsPerAddress(), settings.complaintsPerSession());
    }

    /**
     * Counts one public status lookup (办理情况查询) in windows of its own, so lookups never use up the submissions:
     * three times the submission limits — enough for a complainant checking, too few to try phone numbers.
     */
    public synchronized boolean tryLookup(String address, String sessionId) {
        return tryCount("l", address, sessionId, 3 * settings.complaintsPerAddress(),
                3 * settings.complaintsPerSession());
    }

    private boolean tryCount(String kind, String address, String sessionId, int perAddress, int perSession) {
        long now = clock.millis();
        long window = settings.complaintWindow().toMillis();
        if (windows.size() > SWEEP_ABOVE) {
            windows.values().removeIf(w -> now - w[0] >= window || w[0] > now);
        }
        long[] a = window(kind + "a:" + address, now, window);
        long[] s = sessionId == null ? null : window(kind + "s:" + sessionId, now, window);
        if (a[1] >= perAddress || (s != null && s[1] >= perSession)) {
            return false;
        }
        a[1]++;
        if (s != null) {
            s[1]++;
        }
        return true;
    }

    /** Seconds until the window of this address ends (for Retry-After). */
    public synchronized long retryAfterSeconds(String address) {
        long[] w = windows.get("a:" + address);
        long left = w == null ? 0 : w[0] + settings.complaintWindow().toMillis() - clock.millis();
        return Math.max(1, left / 1000);
    }

    private long[] window(String key, long now, long length) {
        long[] w = windows.computeIfAbsent(key, k -> new long[] {now, 0});
        if (now - w[0] >= length || w[0] > now) {
            w[0] = now;
            w[1] = 0;
        }
        return w;
    }
}
