package cn.zhifa.supervision.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Row of the supervision tables (see sql/V140__supervision.sql). */
@SuppressWarnings("unused")
public class AssignmentRow {
    public long id;
    public long planCaseId;
    public long reviewerId;
    public long assignedBy;
    public LocalDateTime assignedAt;
}
