package cn.zhifa.deliberation;

import cn.zhifa.casefile.OutcomeType;
import java.math.BigDecimal;

/** The resolution the presiding head puts for adoption: outcome, amounts and its text. */
public record ResolutionInput(OutcomeType outcome, BigDecimal fine, BigDecimal confiscation, String text) {
}
