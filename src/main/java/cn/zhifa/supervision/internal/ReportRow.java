package cn.zhifa.supervision.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Row of the supervision tables (see sql/V140__supervision.sql). */
@SuppressWarnings("unused")
public class ReportRow {
    public long id;
    public long planId;
    public long unitId;
    public String advice;
    public long issuedBy;
    public LocalDate issuedOn;
    public LocalDate objectionDue;
}
