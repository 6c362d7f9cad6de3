package cn.zhifa.casefile.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** The columns of a case_file row that the cockpit's counters tally. */
public class CaseTallyRow {
    public long id;
    public long unitId;
    public LocalDateTime registeredAt;
    public String stage;
    public String procedureType;
    public String decidedOutcome;
    public BigDecimal decidedFine;
    public BigDecimal paidAmount;
}
