package cn.zhifa.deliberation.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;

public class VoteRow {
    public long id;
    public long itemId;
    public long voterId;
    public String choice;
    public String outcome;
    public BigDecimal fine;
    public BigDecimal confiscation;
    public String opinion;
    public LocalDateTime castAt;
    /** Extension items: the days an AGREE vote supports. */
    public Integer days;
    /** Joined from the user. */
    public String voterName;
}
