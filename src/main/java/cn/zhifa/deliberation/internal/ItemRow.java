package cn.zhifa.deliberation.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;

public class ItemRow {
    public long id;
    public long meetingId;
    public long caseId;
    public int seq;
    public String status;
    public String outcome;
    public BigDecimal fine;
    public BigDecimal confiscation;
    public String resolutionText;
    public Integer supportCount;
    public Long settledBy;
    public LocalDateTime settledAt;
    /** DECISION | EXTENSION (延长办案期限). */
    public String kind = "DECISION";
    public Integer requestedDays;
    public String requestReason;
    /** Extension items: the days the resolution grants, 0 = not extended. */
    public Integer extensionDays;
    /** Joined from the meeting. */
    public String meetingStatus;
    public LocalDateTime confirmedAt;
    public LocalDateTime scheduledAt;
    /** Joined from the case. */
    public String caseNo;
    public String partyName;
}
