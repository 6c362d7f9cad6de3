package cn.zhifa.casefile;

import cn.zhifa.casefile.internal.CaseRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The fields of the decision and what follows it (service, payment, execution, closing) as {@link CaseChanges}
 * exposes them: the locked row with the step's own changes, each write noted as a changed column.
 */
abstract sealed class CaseDecisionChanges permits CaseChanges {

    final CaseRow row;
    final Set<String> changed = new LinkedHashSet<>();

    CaseDecisionChanges(CaseRow row) {
        this.row = row;
    }

    private CaseChanges self() {
        return (CaseChanges) this;
    }

    /** Amounts as the DECIMAL(14, 2) columns keep them, so the case in memory equals the stored one. */
    static BigDecimal money(BigDecimal value) {
        return value == null ? null : value.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    public OutcomeType decidedOutcome() {
        return row.decidedOutcome;
    }

    public CaseChanges decidedOutcome(OutcomeType value) {
        row.decidedOutcome = value;
        changed.add("decidedOutcome");
        return self();
    }

    public BigDecimal decidedFine() {
        return row.decidedFine;
    }

    public CaseChanges decidedFine(BigDecimal value) {
        row.decidedFine = money(value);
        changed.add("decidedFine");
        return self();
    }

    public BigDecimal decidedConfiscation() {
        return row.decidedConfiscation;
    }

    public CaseChanges decidedConfiscation(BigDecimal value) {
        row.decidedConfiscation = money(value);
        changed.add("decidedConfiscation");
        return self();
    }

    public Long decidedBy() {
        return row.decidedBy;
    }

    public CaseChanges decidedBy(Long value) {
        row.decidedBy = value;
        changed.add("decidedBy");
        return self();
    }

    public LocalDate decidedDate() {
        return row.decidedDate;
    }

    public CaseChanges decidedDate(LocalDate value) {
        row.decidedDate = value;
        changed.add("decidedDate");
        return self();
    }

    public LocalDate servedDate() {
        return row.servedDate;
    }

    public CaseChanges servedDate(LocalDate value) {
        row.servedDate = value;
        changed.add("servedDate");
        return self();
    }

    /** 行政处罚法 Art. 33 ¶3: the record of educating the party, with a decision not to punish. */
    public CaseChanges educationRecord(String value) {
        row.educationRecord = value;
        changed.add("educationRecord");
        return self();
    }

    /** 处理决定审批表: the head's own approval opinion typed with the decision; null when none was typed. */
    public CaseChanges decisionOpinion(String value) {
        row.decisionOpinion = value;
        changed.add("decisionOpinion");
        return self();
    }

    /** The decision served as {@code s} establishes: method, date entered, what backs it, and the deemed date. */
    public CaseChanges decisionServed(ServiceOfDocuments.Served s) {
        servedDate(s.deemed()).serviceMethod(s.method());
        row.serviceDeliveredDate = s.delivered();
        row.serviceNote = s.note();
        changed.add("serviceDeliveredDate");
        changed.add("serviceNote");
        return self();
    }

    /** The advance notice served as {@code s} establishes; the statement and hearing windows run from the deemed date. */
    public CaseChanges noticeServed(ServiceOfDocuments.Served s) {
        row.noticeServedDate = s.deemed();
        row.noticeMethod = s.method();
        row.noticeDeliveredDate = s.delivered();
        row.noticeServiceNote = s.note();
        changed.add("noticeServedDate");
        changed.add("noticeMethod");
        changed.add("noticeDeliveredDate");
        changed.add("noticeServiceNote");
        return self();
    }

    public ServiceMethod serviceMethod() {
        return row.serviceMethod;
    }

    public CaseChanges serviceMethod(ServiceMethod value) {
        row.serviceMethod = value;
        changed.add("serviceMethod");
        return self();
    }

    public BigDecimal paidAmount() {
        return row.paidAmount;
    }

    public CaseChanges paidAmount(BigDecimal value) {
        row.paidAmount = money(value);
        changed.add("paidAmount");
        return self();
    }

    public LocalDate paidDate() {
        return row.paidDate;
    }

    public CaseChanges paidDate(LocalDate value) {
        row.paidDate = value;
        changed.add("paidDate");
        return self();
    }

    public String executionNote() {
        return row.executionNote;
    }

    public CaseChanges executionNote(String value) {
        row.executionNote = value;
        changed.add("executionNote");
        return self();
    }

    public LocalDate executedDate() {
        return row.executedDate;
    }

    public CaseChanges executedDate(LocalDate value) {
        row.executedDate = value;
        changed.add("executedDate");
        return self();
    }

    public String closingSummary() {
        return row.closingSummary;
    }

    public CaseChanges closingSummary(String value) {
        row.closingSummary = value;
        changed.add("closingSummary");
        return self();
    }
}
