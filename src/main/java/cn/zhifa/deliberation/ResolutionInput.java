package cn.zhifa.deliberation;

import cn.zhifa.casefile.OutcomeType;
import cn.zhifa.shared.Limits;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** The resolution the presiding head puts for adoption: outcome, amounts and its text. */
public record ResolutionInput(OutcomeType outcome, @Digits(integer = Limits.MONEY_INTEGER, fraction = Limits.MONEY_FRACTION) @PositiveOrZero BigDecimal fine,
        @Digits(integer = Limits.MONEY_INTEGER, fraction = Limits.MONEY_FRACTION) @PositiveOrZero BigDecimal confiscation, @Size(max = Limits.TEXT) String text) {
}
