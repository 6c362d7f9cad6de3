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
 * On an extension item (延长办案期限) no outcome: AGREE supports extending by {@code days} (empty: the days asked for),
 * DISAGREE supports not extending.
 */
public record VoteInput(VoteChoice choice, OutcomeType outcome, @Digits(integer = Limits.MONEY_INTEGER, fraction = Limits.MONEY_FRACTION) @PositiveOrZero BigDecimal fine,
        @Digits(integer = Limits.MONEY_INTEGER, fraction = Limits.MONEY_FRACTION) @PositiveOrZero BigDecimal confiscation, @Size(max = Limits.TEXT) String opinion, Integer days) {

    /** A vote on a decision item. */
    public VoteInput(VoteChoice choice, OutcomeType outcome, BigDecimal fine, BigDecimal confiscation, String opinion) {
        this(choice, outcome, fine, confiscation, opinion, null);
    }

    /** A vote on an extension item: AGREE with the days supported (null: the days asked for), DISAGREE, ABSTAIN. */
    public static VoteInput onExtension(VoteChoice choice, Integer days, String opinion) {
        return new VoteInput(choice, null, null, null, opinion, days);
    }
}
