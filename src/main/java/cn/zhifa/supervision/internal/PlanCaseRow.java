package cn.zhifa.supervision.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Row of the supervision tables (see sql/V140__supervision.sql). */
@SuppressWarnings("unused")
public class PlanCaseRow {
    public long id;
    public long planId;
    public long caseId;
    public long unitId;
    public String caseNo;
    public String pick;
    public int drawOrder;
}
