package cn.zhifa.supervision.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Row of the supervision tables (see sql/V140__supervision.sql). */
@SuppressWarnings("unused")
public class ScoreRow {
    public long id;
    public long planCaseId;
    public long reviewerId;
    public long rubricId;
    public BigDecimal total;
    public boolean veto;
    public boolean basicProblem;
    public String grade;
    public String status;
    public String opinion;
    public LocalDateTime savedAt;
    public LocalDateTime signedAt;
}
