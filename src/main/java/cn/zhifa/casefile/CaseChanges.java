package cn.zhifa.casefile;

import cn.zhifa.casefile.internal.CaseRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The case as a step sees it while it decides what changes: reads give the current value (the locked row, with the
 * step's own changes), writes change nothing in the database — they note the field as changed. The pipeline then
 * writes exactly the changed columns in one statement ({@code CaseFileMapper.updateChanged}).
 */
public final class CaseChanges extends CaseDecisionChanges {

    private List<Long> handlers;
    private boolean caseNumber;

    CaseChanges(CaseRow row) {
        super(row);
    }

    /** The names of the changed fields (columns in camel case), in the order first changed. */
    public Set<String> changed() {
        return Collections.unmodifiableSet(changed);
    }

    /** New handlers (the first is 主办), or null when unchanged. */
    public List<Long> handlers() {
        return handlers;
    }

    /** Replaces the handlers of the case (an empty list removes them). */
    public CaseChanges handlers(List<Long> ids) {
        this.handlers = List.copyOf(ids);
        return this;
    }

    /** Whether the step asked for the case number (立案编号) to be assigned. */
    public boolean caseNumberRequested() {
        return caseNumber;
    }

    /** Assign the next case number of the unit and year when the step is persisted. */
    public CaseChanges assignCaseNumber() {
        this.caseNumber = true;
        return this;
    }

    void numberAssigned() {
        changed.add("caseNo");
    }

    public long id() {
        return row.id;
    }

    public String caseNo() {
        return row.caseNo;
    }

    public long unitId() {
        return row.unitId;
    }

    public Long itemId() {
        return row.itemId;
    }

    public CaseChanges itemId(Long value) {
        row.itemId = value;
        changed.add("itemId");
        return this;
    }

    public LocalDate actDate() {
        return row.actDate;
    }

    public CaseChanges actDate(LocalDate value) {
        row.actDate = value;
        changed.add("actDate");
        return this;
    }

    public LocalDate discoveredDate() {
        return row.discoveredDate;
    }

    /** The end of a continuing act (行政处罚法 Art. 36: the period runs from it). */
    public LocalDate actEndDate() {
        return row.actEndDate;
    }

    public CaseChanges actEndDate(LocalDate value) {
        row.actEndDate = value;
        changed.add("actEndDate");
        return this;
    }

    public LimitationClass limitationClass() {
        return row.limitationClass;
    }

    public CaseChanges limitationClass(LimitationClass value) {
        row.limitationClass = value;
        changed.add("limitationClass");
        return this;
    }

    /** A head's recorded legal ground for filing a lead past the limitation. */
    public CaseChanges limitationGround(String value) {
        row.limitationGround = value;
        changed.add("limitationGround");
        return this;
    }

    public String notFiledReason() {
        return row.notFiledReason;
    }

    public CaseChanges notFiledReason(String value) {
        row.notFiledReason = value;
        changed.add("notFiledReason");
        return this;
    }

    public CaseStage stage() {
        return row.stage;
    }

    public CaseChanges stage(CaseStage value) {
        row.stage = value;
        changed.add("stage");
        return this;
    }

    public LocalDate closedDate() {
        return row.closedDate;
    }

    public CaseChanges closedDate(LocalDate value) {
        row.closedDate = value;
        changed.add("closedDate");
        return this;
    }

    public LocalDate filedDate() {
        return row.filedDate;
    }

    public CaseChanges filedDate(LocalDate value) {
        row.filedDate = value;
        changed.add("filedDate");
        return this;
    }

    public String facts() {
        return row.facts;
    }

    public CaseChanges facts(String value) {
        row.facts = value;
        changed.add("facts");
        return this;
    }

    public OutcomeType proposedOutcome() {
        return row.proposedOutcome;
    }

    public CaseChanges proposedOutcome(OutcomeType value) {
        row.proposedOutcome = value;
        changed.add("proposedOutcome");
        return this;
    }

    public BigDecimal proposedFine() {
        return row.proposedFine;
    }

    public CaseChanges proposedFine(BigDecimal value) {
        row.proposedFine = money(value);
        changed.add("proposedFine");
        return this;
    }

    public BigDecimal proposedConfiscation() {
        return row.proposedConfiscation;
    }

    public CaseChanges proposedConfiscation(BigDecimal value) {
        row.proposedConfiscation = money(value);
        changed.add("proposedConfiscation");
        return this;
    }

    public String correctionOrder() {
        return row.correctionOrder;
    }

    public CaseChanges correctionOrder(String value) {
        row.correctionOrder = value;
        changed.add("correctionOrder");
        return this;
    }

    public String discretionReason() {
        return row.discretionReason;
    }

    public CaseChanges discretionReason(String value) {
        row.discretionReason = value;
        changed.add("discretionReason");
        return this;
    }

    public boolean major() {
        return row.major;
    }

    public CaseChanges major(boolean value) {
        row.major = value;
        changed.add("major");
        return this;
    }

    public String majorReason() {
        return row.majorReason;
    }

    public CaseChanges majorReason(String value) {
        row.majorReason = value;
        changed.add("majorReason");
        return this;
    }

    public boolean deliberationRequired() {
        return row.deliberationRequired;
    }

    public CaseChanges deliberationRequired(boolean value) {
        row.deliberationRequired = value;
        changed.add("deliberationRequired");
        return this;
    }

    public boolean deliberationReferred() {
        return row.deliberationReferred;
    }

    public CaseChanges deliberationReferred(boolean value) {
        row.deliberationReferred = value;
        changed.add("deliberationReferred");
        return this;
    }

    public boolean benchmarkDeparture() {
        return row.benchmarkDeparture;
    }

    public CaseChanges benchmarkDeparture(boolean value) {
        row.benchmarkDeparture = value;
        changed.add("benchmarkDeparture");
        return this;
    }

    public String benchmarkDepartureReason() {
        return row.benchmarkDepartureReason;
    }

    public CaseChanges benchmarkDepartureReason(String value) {
        row.benchmarkDepartureReason = value;
        changed.add("benchmarkDepartureReason");
        return this;
    }

    /** The chosen 裁量阶次: benchmark row id, tier and the row's version when chosen (all null: none chosen). */
    public CaseChanges benchmarkTier(Long id, String tier, Integer version) {
        row.benchmarkId = id;
        row.benchmarkTier = tier;
        row.benchmarkVersion = version;
        changed.add("benchmarkTier");
        return this;
    }

    public boolean legalReviewPassed() {
        return row.legalReviewPassed;
    }

    public CaseChanges legalReviewPassed(boolean value) {
        row.legalReviewPassed = value;
        changed.add("legalReviewPassed");
        return this;
    }

    public String legalReviewOpinion() {
        return row.legalReviewOpinion;
    }

    public CaseChanges legalReviewOpinion(String value) {
        row.legalReviewOpinion = value;
        changed.add("legalReviewOpinion");
        return this;
    }

    public LocalDate noticeServedDate() {
        return row.noticeServedDate;
    }

    public CaseChanges noticeServedDate(LocalDate value) {
        row.noticeServedDate = value;
        changed.add("noticeServedDate");
        return this;
    }

    public ServiceMethod noticeMethod() {
        return row.noticeMethod;
    }

    public CaseChanges noticeMethod(ServiceMethod value) {
        row.noticeMethod = value;
        changed.add("noticeMethod");
        return this;
    }

    public BigDecimal notifiedFine() {
        return row.notifiedFine;
    }

    public CaseChanges notifiedFine(BigDecimal value) {
        row.notifiedFine = money(value);
        changed.add("notifiedFine");
        return this;
    }

    public Boolean statementWaived() {
        return row.statementWaived;
    }

    public CaseChanges statementWaived(Boolean value) {
        row.statementWaived = value;
        changed.add("statementWaived");
        return this;
    }

    public String statementSummary() {
        return row.statementSummary;
    }

    public CaseChanges statementSummary(String value) {
        row.statementSummary = value;
        changed.add("statementSummary");
        return this;
    }

    public String reviewOpinion() {
        return row.reviewOpinion;
    }

    public CaseChanges reviewOpinion(String value) {
        row.reviewOpinion = value;
        changed.add("reviewOpinion");
        return this;
    }

    public String deliberationResolution() {
        return row.deliberationResolution;
    }

    public CaseChanges deliberationResolution(String value) {
        row.deliberationResolution = value;
        changed.add("deliberationResolution");
        return this;
    }
}
