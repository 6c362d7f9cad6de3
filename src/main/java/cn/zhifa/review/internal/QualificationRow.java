package cn.zhifa.review.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One row of reviewer_qualification, with the reviewer's name. */
public class QualificationRow {
    public long userId;
    public String displayName;
    public String certificateNo;
    public LocalDate appointedOn;
    public boolean qualified;
    public long recordedBy;
    public LocalDateTime recordedAt;
}
