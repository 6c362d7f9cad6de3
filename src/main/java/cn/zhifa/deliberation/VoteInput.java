package cn.zhifa.deliberation;

import cn.zhifa.casefile.OutcomeType;
import cn.zhifa.shared.Limits;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A head's vote: AGREE supports the handling proposal (outcome and amounts may be left empty: the proposal's are
 * taken); DISAGREE may name the outcome the head supports instead; ABSTAIN supports none. The opinion is required.
 */
public record VoteInput(VoteChoice choice, OutcomeType outcome, @Digits(integer = Limits.MONEY_INTEGER, fraction = Limits.MONEY_FRACTION) @PositiveOrZero BigDecimal fine,
        @Digits(integer = Limits.MONEY_INTEGER, fraction = Limits.MONEY_FRACTION) @PositiveOrZero BigDecimal confiscation, @Size(max = Limits.TEXT) String opinion) {
}
