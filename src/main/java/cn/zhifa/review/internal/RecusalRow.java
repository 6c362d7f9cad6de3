package cn.zhifa.review.internal;

import java.time.LocalDateTime;

/** One row of reviewer_recusal. */
public class RecusalRow {
    public Long id;
    public long caseId;
    public long reviewerId;
    public long requestedBy;
    public String reason;
    public LocalDateTime requestedAt;
    public String status;
    public Long decidedBy;
    public String decisionReason;
    public LocalDateTime decidedAt;
}
