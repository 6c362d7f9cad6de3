package cn.zhifa.supervision.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Row of the supervision tables (see sql/V140__supervision.sql). */
@SuppressWarnings("unused")
public class PlanRow {
    public long id;
    public String title;
    public String method;
    public boolean crossReview;
    public String unitIds;
    public LocalDate periodFrom;
    public LocalDate periodTo;
    public String procedures;
    public Integer sampleSize;
    public Long seed;
    public String population;
    public String populationSha256;
    public String targets;
    public LocalDate deadline;
    public long rubricId;
    public String status;
    public long createdBy;
    public LocalDateTime createdAt;
    public LocalDateTime drawnAt;
    public int version;
}
