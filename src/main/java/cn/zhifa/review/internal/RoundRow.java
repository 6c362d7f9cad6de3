package cn.zhifa.review.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One row of legal_review_round, with the reviewer's name. */
public class RoundRow {
    public Long id;
    public long caseId;
    public int roundNo;
    public long reviewerId;
    public String reviewerName;
    public String outcome;
    public String opinion;
    public LocalDate startedOn;
    public LocalDate dueDate;
    public LocalDateTime reviewedAt;
}
