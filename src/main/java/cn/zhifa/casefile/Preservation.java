package cn.zhifa.casefile;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * 先行登记保存 (行政处罚法 Art. 56): requested by a handler, approved or refused in the system by a head of the unit who
 * is not a handler; in force only once approved, then decided within 7 working days or it lapses. An urgent act
 * ({@code urgent}) is taken before the approval and reported to the head by {@code reportDueAt} (24 hours); refused
 * or not approved in time, its items must be released (decision 0024). Before approval {@code approvedBy},
 * {@code startedDate} and {@code dueDate} are null. {@code approvalDocumentId}: the 先行登记保存证据审批表 registered
 * with the head's answer (null before it, and for answers recorded before the form was generated).
 */
public record Preservation(long id, long caseId, String items, String storagePlace, Long approvedBy,
        long recordedBy, LocalDate startedDate, LocalDate dueDate, boolean confirmed, PreservationOutcome outcome,
        LocalDateTime outcomeAt, Long outcomeBy, String reason, boolean urgent, LocalDateTime requestedAt,
        LocalDateTime reportDueAt, PreservationApproval approval, LocalDateTime approvedAt, String approvalOpinion,
        Long approvalDocumentId) {

    /** Not yet ended: awaiting approval, held under an urgent act, or in force. */
    public boolean isOpen() {
        return outcome == null;
    }

    /** Approved and not yet decided: the 7-working-day handling period runs. */
    public boolean inForce() {
        return outcome == null && approval == PreservationApproval.APPROVED;
    }

    /** Awaiting the head's approval (an urgent act holds the items meanwhile). */
    public boolean awaitingApproval() {
        return outcome == null && approval == PreservationApproval.PENDING;
    }

    /** Items held under an urgent act that was refused or not approved within the report period: release them. */
    public boolean mustRelease(LocalDateTime now) {
        return urgent && outcome == null && (approval == PreservationApproval.REFUSED
                || approval == PreservationApproval.PENDING && now.isAfter(reportDueAt));
    }
}
