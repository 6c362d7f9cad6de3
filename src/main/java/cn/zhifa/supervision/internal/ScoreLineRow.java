package cn.zhifa.supervision.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Row of the supervision tables (see sql/V140__supervision.sql). */
@SuppressWarnings("unused")
public class ScoreLineRow {
    public long id;
    public long scoreId;
    public String itemCode;
    public BigDecimal deduction;
    public boolean veto;
    public BigDecimal proposed;
    public String reason;
}
