package cn.zhifa.supervision.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Row of the supervision tables (see sql/V140__supervision.sql). */
@SuppressWarnings("unused")
public class FindingRow {
    public long id;
    public long caseId;
    public long unitId;
    public String kind;
    public String itemCode;
    public BigDecimal deduction;
    public boolean veto;
    public String detail;
    public LocalDateTime foundAt;
}
