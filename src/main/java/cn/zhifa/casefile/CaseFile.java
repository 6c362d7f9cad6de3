package cn.zhifa.casefile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The case as stored. {@code noticeServedDate} and {@code servedDate} are the dates the documents count as served
 * (视为送达, from which every later window runs); {@code noticeDeliveredDate} / {@code serviceDeliveredDate} are the
 * dates entered (handed over, postal receipt, arrival, publication) — decision 0020.
 */
public record CaseFile(long id, String caseNo, long unitId, String procedureType, CaseStage stage,
        LeadSource leadSource, String leadSummary, String location, Long itemId, String itemName, String partyName,
        LocalDate actDate, LocalDate discoveredDate, LocalDate filedDate, LocalDate decidedDate, LocalDate servedDate,
        LocalDate closedDate, LocalDateTime archivedAt, long registeredBy, LocalDateTime registeredAt, String facts,
        String notFiledReason, OutcomeType proposedOutcome, BigDecimal proposedFine, BigDecimal proposedConfiscation,
        String correctionOrder, String discretionReason, boolean major, String majorReason,
        boolean deliberationRequired, boolean legalReviewPassed, LocalDate noticeServedDate,
        ServiceMethod noticeMethod, BigDecimal notifiedFine, String statementSummary, Boolean statementWaived,
        String reviewOpinion, String legalReviewOpinion, String deliberationResolution, OutcomeType decidedOutcome,
        BigDecimal decidedFine, BigDecimal decidedConfiscation, Long decidedBy, ServiceMethod serviceMethod,
        BigDecimal paidAmount, LocalDate paidDate, String executionNote, LocalDate executedDate, String closingSummary,
        String processInstanceId, int version, LocalDate noticeDeliveredDate, String noticeServiceNote,
        LocalDate serviceDeliveredDate, String serviceNote, LocalDate actEndDate, LimitationClass limitationClass,
        String limitationGround, String educationRecord, Long benchmarkId, String benchmarkTier,
        Integer benchmarkVersion, boolean benchmarkDeparture, String benchmarkDepartureReason,
        String decisionOpinion) {

    public boolean isReadOnly() {
        return stage.isTerminal();
    }
}
