package cn.zhifa.supervision.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Row of the supervision tables (see sql/V140__supervision.sql). */
@SuppressWarnings("unused")
public class RectificationRow {
    public long id;
    public Long planId;
    public Long caseId;
    public long unitId;
    public String problem;
    public String advice;
    public LocalDate deadline;
    public Long assigneeId;
    public long reviewerId;
    public String status;
    public String fixNote;
    public Long fixedBy;
    public LocalDate fixedOn;
    public String recheckNote;
    public int rounds;
    public String processInstanceId;
    public long createdBy;
    public LocalDateTime createdAt;
    public LocalDate closedOn;
    public int version;
}
