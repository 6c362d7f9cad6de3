package cn.zhifa.review.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** One row of review_catalogue_rule. */
public class RuleRow {
    public Long id;
    public String ruleType;
    public String label;
    public BigDecimal thresholdPerson;
    public BigDecimal thresholdOrg;
    public Long itemId;
    public String legalBasis;
    public boolean active;
    public Long updatedBy;
    public LocalDateTime updatedAt;
}
