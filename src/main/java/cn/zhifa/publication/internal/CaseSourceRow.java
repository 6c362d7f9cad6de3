package cn.zhifa.publication.internal;

import cn.zhifa.casefile.OutcomeType;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What a decided case offers for its publication (read from the case tables, never written). */
public class CaseSourceRow {
    public long caseId;
    public String caseNo;
    public long unitId;
    public String unitName;
    public Long itemId;
    public String itemName;
    public String violationBasis;
    public String penaltyBasis;
    public String facts;
    public String location;
    public OutcomeType decidedOutcome;
    public BigDecimal decidedFine;
    public BigDecimal decidedConfiscation;
    public String correctionOrder;
    public LocalDate decidedDate;
    public String docNo;
}
