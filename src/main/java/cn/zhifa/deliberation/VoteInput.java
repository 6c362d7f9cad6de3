package cn.zhifa.deliberation;

import cn.zhifa.casefile.OutcomeType;
import java.math.BigDecimal;

/**
 * A head's vote: AGREE supports the handling proposal (outcome and amounts may be left empty: the proposal's are
 * taken); DISAGREE may name the outcome the head supports instead; ABSTAIN supports none. The opinion is required.
 */
public record VoteInput(VoteChoice choice, OutcomeType outcome, BigDecimal fine, BigDecimal confiscation,
        String opinion) {
}
