package cn.zhifa.summary.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** summary_decision row, joined with the case's stage for reads. */
public class SummaryRow {
    public Long caseId;
    public Long unitId;
    public String decisionNo;
    public Integer seqYear;
    public Integer seqNo;
    public String partyKind;
    public String partyName;
    public String penalty;
    public BigDecimal fine;
    public String violation;
    public String legalBasis;
    public String place;
    public LocalDateTime decidedAt;
    public String officerIds;
    public String officers;
    public String certificates;
    public String statement;
    public boolean statementRefused;
    public boolean partySigned;
    public String remedy;
    public String agencyName;
    public boolean collected;
    public String collectionReason;
    public String receiptNo;
    public LocalDate handInDue;
    public LocalDate handedInDate;
    public LocalDate filingDue;
    public LocalDate filedDate;
    public Long filedBy;
    public boolean filingLate;
    public Long complaintId;
    public String stage;
}
