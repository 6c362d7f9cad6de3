package cn.zhifa.deliberation;

import cn.zhifa.casefile.OutcomeType;
import cn.zhifa.shared.Limits;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * The resolution the presiding head puts for adoption: outcome, amounts and its text; on an extension item
 * (延长办案期限) no outcome but the days granted ({@code 0}: not extended).
 */
public record ResolutionInput(OutcomeType outcome, @Digits(integer = Limits.MONEY_INTEGER, fraction = Limits.MONEY_FRACTION) @PositiveOrZero BigDecimal fine,
        @Digits(integer = Limits.MONEY_INTEGER, fraction = Limits.MONEY_FRACTION) @PositiveOrZero BigDecimal confiscation, @Size(max = Limits.TEXT) String text, Integer days) {

    /** A resolution of a decision item. */
    public ResolutionInput(OutcomeType outcome, BigDecimal fine, BigDecimal confiscation, String text) {
        this(outcome, fine, confiscation, text, null);
    }

    /** A resolution of an extension item: extend by {@code days}, or {@code 0} not to extend. */
    public static ResolutionInput onExtension(Integer days, String text) {
        return new ResolutionInput(null, null, null, text, days);
    }
}
