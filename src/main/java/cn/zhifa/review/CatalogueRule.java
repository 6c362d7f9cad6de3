package cn.zhifa.review;

import cn.zhifa.shared.Limits;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** One rule of the major-decision catalogue. Amount rules use a threshold per party kind. */
public record CatalogueRule(Long id, RuleType type, @Size(max = Limits.PLACE) String label,
        @Digits(integer = Limits.MONEY_INTEGER, fraction = Limits.MONEY_FRACTION) @PositiveOrZero BigDecimal thresholdPerson,
        @Digits(integer = Limits.MONEY_INTEGER, fraction = Limits.MONEY_FRACTION) @PositiveOrZero BigDecimal thresholdOrg, Long itemId,
        @Size(max = Limits.TEXT) String legalBasis, boolean active, Long updatedBy, LocalDateTime updatedAt) {
}
