package cn.zhifa.supervision.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Row of the supervision tables (see sql/V140__supervision.sql). */
@SuppressWarnings("unused")
public class RubricRow {
    public long id;
    public int version;
    public String name;
    public BigDecimal excellentFrom;
    public BigDecimal goodFrom;
    public BigDecimal passFrom;
    public String note;
    public Long createdBy;
    public LocalDateTime createdAt;
}
