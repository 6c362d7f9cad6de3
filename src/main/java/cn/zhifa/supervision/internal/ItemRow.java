package cn.zhifa.supervision.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Row of the supervision tables (see sql/V140__supervision.sql). */
@SuppressWarnings("unused")
public class ItemRow {
    public long rubricId;
    public String sectionCode;
    public String code;
    public String titleZh;
    public String titleEn;
    public BigDecimal maxDeduction;
    public boolean veto;
    public boolean basic;
    public int ord;
}
