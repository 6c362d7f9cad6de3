package cn.zhifa.supervision;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A pre-audit finding on a case: kind, rubric item, proposed deduction (and veto), a short detail (zh-CN). */
public record Finding(long id, long caseId, long unitId, FindingKind kind, String itemCode, BigDecimal deduction,
        boolean veto, String detail, LocalDateTime foundAt) {
}
