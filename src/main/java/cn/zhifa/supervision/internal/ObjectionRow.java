package cn.zhifa.supervision.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Row of the supervision tables (see sql/V140__supervision.sql). */
@SuppressWarnings("unused")
public class ObjectionRow {
    public long id;
    public long reportId;
    public Long planCaseId;
    public String reason;
    public long filedBy;
    public LocalDate filedOn;
    public LocalDate recheckDue;
    public String status;
    public String reply;
    public Long repliedBy;
    public LocalDate repliedOn;
}
