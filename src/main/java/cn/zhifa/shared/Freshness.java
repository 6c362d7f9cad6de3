package cn.zhifa.shared;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a node answers from its own copy of rows that change a few times a year before it reads them again: the
 * engine's process definitions (decision 0042) and a unit's sheet for its documents (decision 0043). One window and
 * one rule for both, on the application's clock.
 */
public final class Freshness {

    /** A change made elsewhere is seen by every node within this much of the application's clock. */
    public static final Duration WINDOW = Duration.ofSeconds(30);

    private Freshness() {
    }

    /** Whether a copy read at {@code readAt} is still fresh at {@code now}; a clock that went back counts as stale. */
    public static boolean fresh(Instant readAt, Instant now) {
        return readAt != null && !now.isBefore(readAt) && now.isBefore(readAt.plus(WINDOW));
    }
}
