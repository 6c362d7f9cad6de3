package cn.zhifa.supervision.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Row of the supervision tables (see sql/V140__supervision.sql). */
@SuppressWarnings("unused")
public class SectionRow {
    public long rubricId;
    public String code;
    public String titleZh;
    public String titleEn;
    public BigDecimal points;
    public int ord;
}
