package cn.zhifa.review.internal;

import java.time.LocalDateTime;

/** One row of case_requirement. */
public class RequirementRow {
    public long caseId;
    public String kind;
    public String code;
    public String reason;
    public LocalDateTime evaluatedAt;
}
