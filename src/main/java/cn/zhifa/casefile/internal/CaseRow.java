package cn.zhifa.casefile.internal;

import cn.zhifa.casefile.CaseStage;
import cn.zhifa.casefile.LeadSource;
import cn.zhifa.casefile.OutcomeType;
import cn.zhifa.casefile.ServiceMethod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** case_file row (plus the item's name when read). */
public class CaseRow implements Cloneable {
    public Long id;
    public String caseNo;
    public Integer caseYear;
    public Integer caseSeq;
    public Long unitId;
    public String procedureType;
    public CaseStage stage;
    public LeadSource leadSource;
    public String leadSummary;
    public String location;
    public Long itemId;
    public String itemName;
    /**
     * Only from {@code findCaseOfTaskForUpdate}: the task's key, how often the actor is a handler (0 or 1), and how
     * many inbox rows carry the case's id (1: the task is the case's only open one).
     */
    public String lockedTaskKey;
    public int actorHandlerCount;
    public int openTaskCount;
    public String partyName;
    /** The party name as read (or last indexed): case_party_gram is rewritten when an update changes it. */
    public String indexedPartyName;
    /** Which dependent-fact tables hold rows of the case, a bit each ({@code CaseFactsProbe.BITS}); never cleared. */
    public int factTables;
    public LocalDate actDate;
    public LocalDate discoveredDate;
    public LocalDate filedDate;
    public LocalDate decidedDate;
    public LocalDate servedDate;
    public LocalDate closedDate;
    public LocalDateTime archivedAt;
    public Long registeredBy;
    public LocalDateTime registeredAt;
    public String facts;
    public String notFiledReason;
    public OutcomeType proposedOutcome;
    public BigDecimal proposedFine;
    public BigDecimal proposedConfiscation;
    public String correctionOrder;
    public String discretionReason;
    public boolean major;
    public String majorReason;
    public boolean deliberationRequired;
    public boolean legalReviewPassed;
    /** 偏离裁量基准 (investigation report) and why. */
    public boolean benchmarkDeparture;
    public String benchmarkDepartureReason;
    public Long benchmarkId;
    public String benchmarkTier;
    public Integer benchmarkVersion;
    /** A handler or head referred the case for collective deliberation. */
    public boolean deliberationReferred;
    public LocalDate noticeServedDate;
    public ServiceMethod noticeMethod;
    public BigDecimal notifiedFine;
    public String statementSummary;
    public Boolean statementWaived;
    public String reviewOpinion;
    public String legalReviewOpinion;
    public String deliberationResolution;
    public OutcomeType decidedOutcome;
    public BigDecimal decidedFine;
    public BigDecimal decidedConfiscation;
    public Long decidedBy;
    public ServiceMethod serviceMethod;
    public BigDecimal paidAmount;
    public LocalDate paidDate;
    public String executionNote;
    public LocalDate executedDate;
    public String closingSummary;
    public String processInstanceId;
    public String clockProcessId;
    public int version;
    /** Service with legal effect (decision 0020): the dates entered and what backs them; the *ServedDate = deemed. */
    public LocalDate noticeDeliveredDate;
    public String noticeServiceNote;
    public LocalDate serviceDeliveredDate;
    public String serviceNote;
    /** 行政处罚法 Art. 36: end of a continuing act, the 5-year classification, a head's ground for filing anyway. */
    public LocalDate actEndDate;
    public cn.zhifa.casefile.LimitationClass limitationClass;
    public String limitationGround;
    /** 行政处罚法 Art. 33 ¶3: how the party was educated, with a decision not to punish. */
    public String educationRecord;
    /** 负责人审批意见 typed with the decision (处理决定审批表); null: none typed. */
    public String decisionOpinion;

    /**
     * A copy as {@code findCase} would read this row once it is written: money at its columns' scale (DECIMAL(14, 2),
     * rounded as the database rounds), the party name as indexed, without what only the step's lock reads.
     */
    public CaseRow asStored() {
        CaseRow c;
        try {
            c = (CaseRow) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
        c.lockedTaskKey = null;
        c.actorHandlerCount = 0;
        c.openTaskCount = 0;
        c.indexedPartyName = partyName;
        c.proposedFine = money(proposedFine);
        c.proposedConfiscation = money(proposedConfiscation);
        c.notifiedFine = money(notifiedFine);
        c.decidedFine = money(decidedFine);
        c.decidedConfiscation = money(decidedConfiscation);
        c.paidAmount = money(paidAmount);
        return c;
    }

    private static BigDecimal money(BigDecimal v) {
        return v == null ? null : v.setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
