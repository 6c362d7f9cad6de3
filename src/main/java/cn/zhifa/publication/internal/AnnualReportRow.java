package cn.zhifa.publication.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One row of {@code annual_report}. */
public class AnnualReportRow {
    public long id;
    public String publicId;
    public long unitId;
    public String unitName;
    public int reportYear;
    public String status;
    public LocalDate dueDate;
    public String content;
    public Long draftedBy;
    public LocalDateTime draftedAt;
    public Long approvedBy;
    public LocalDateTime approvedAt;
    public LocalDateTime publishedAt;
    public Long publishedBy;
}
