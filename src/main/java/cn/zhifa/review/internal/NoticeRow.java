package cn.zhifa.review.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One row of advance_notice: what the party was told. */
public class NoticeRow {
    public Long id;
    public long caseId;
    public LocalDate servedDate;
    public String proposedOutcome;
    public BigDecimal fine;
    public BigDecimal confiscation;
    public String facts;
    public String reasons;
    public String basis;
    public boolean hearingEligible;
    public String hearingReason;
    public long createdBy;
    public LocalDateTime createdAt;
}
