package cn.zhifa.supervision.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Row of the supervision tables (see sql/V140__supervision.sql). */
@SuppressWarnings("unused")
public class LetterRow {
    public long id;
    public String kind;
    public long unitId;
    public Long caseId;
    public Long rectificationId;
    public String subject;
    public String body;
    public LocalDate replyDue;
    public long sentBy;
    public LocalDate sentOn;
    public String status;
    public String reply;
    public Long repliedBy;
    public LocalDate repliedOn;
    public Long closedBy;
    public LocalDate closedOn;
    public int version;
}
