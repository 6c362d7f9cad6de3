package cn.zhifa.review;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** One rule of the major-decision catalogue. Amount rules use a threshold per party kind. */
public record CatalogueRule(Long id, RuleType type, String label, BigDecimal thresholdPerson,
        BigDecimal thresholdOrg, Long itemId, String legalBasis, boolean active, Long updatedBy,
        LocalDateTime updatedAt) {
}
