package cn.zhifa.deliberation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The local rules of the heads' meeting; no national source fixes them (enforcement-law.md §1.10, §7.3).
 *
 * <ul>
 * <li>{@code zhifa.deliberation.quorum} — share of the unit's heads that must be present, as {@code n/d}, rounded up
 * (default {@code 2/3}).</li>
 * <li>{@code zhifa.deliberation.principal-required} — the principal head, or the head they designated, must be present
 * (default {@code true}).</li>
 * <li>{@code zhifa.deliberation.majority} — support a resolution needs among the present heads:
 * {@code MORE_THAN_HALF} (default) or {@code TWO_THIRDS}. A tie adopts nothing; there is no casting vote.</li>
 * </ul>
 */
@Component
public class DeliberationSettings {

    public enum Majority { MORE_THAN_HALF, TWO_THIRDS }

    private final int quorumNumerator;
    private final int quorumDenominator;
    private final boolean principalRequired;
    private final Majority majority;

    public DeliberationSettings(@Value("${zhifa.deliberation.quorum:2/3}") String quorum,
            @Value("${zhifa.deliberation.principal-required:true}") boolean principalRequired,
            @Value("${zhifa.deliberation.majority:MORE_THAN_HALF}") Majority majority) {
        String[] parts = quorum.trim().split("/");
        try {
            this.quorumNumerator = Integer.parseInt(parts[0].trim());
            this.quorumDenominator = parts.length > 1 ? Integer.parseInt(parts[1].trim()) : 1;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("zhifa.deliberation.quorum must look like 2/3: " + quorum, e);
        }
        if (parts.length > 2 || quorumNumerator <= 0 || quorumDenominator <= 0
                || quorumNumerator > quorumDenominator) {
            throw new IllegalArgumentException("zhifa.deliberation.quorum must be a share in (0, 1]: " + quorum);
        }
        this.principalRequired = principalRequired;
        this.majority = majority;
    }

    /** How many of {@code heads} must be present: the configured share, rounded up, at least one. */
    public int quorum(int heads) {
        return Math.max(1, (heads * quorumNumerator + quorumDenominator - 1) / quorumDenominator);
    }

    public boolean principalRequired() {
        return principalRequired;
    }

    public Majority majority() {
        return majority;
    }

    /** Whether {@code support} of {@code present} heads adopts a resolution. */
    public boolean adopts(int support, int present) {
        return switch (majority) {
            case MORE_THAN_HALF -> support * 2 > present;
            case TWO_THIRDS -> support * 3 >= present * 2;
        };
    }

    /** The least support that adopts, for the refusal message. */
    public int needed(int present) {
        for (int s = 0; s <= present; s++) {
            if (adopts(s, present)) {
                return s;
            }
        }
        return present;
    }
}
