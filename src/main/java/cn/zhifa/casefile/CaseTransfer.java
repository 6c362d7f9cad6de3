package cn.zhifa.casefile;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A transfer of a case (decision 0028): for a suspected crime the report by ≥ 2 officers ({@code officers}: user ids,
 * comma-separated), the principal head's decision within {@code decisionDue}, the handover within {@code handoverDue}
 * with the 移送书 and the list of items, and the receiving organ's answer; for jurisdiction the head's decision and the
 * receiving agency. {@code decision} is {@code APPROVED} or {@code REJECTED}.
 */
public record CaseTransfer(long id, long caseId, TransferKind kind, String officers, String facts,
        String suspectedCrime, String items, long reportedBy, LocalDateTime reportedAt, LocalDate decisionDue,
        boolean decisionConfirmed, String decision, String decisionOpinion, Long decidedBy, LocalDateTime decidedAt,
        boolean decidedLate, LocalDateTime handoverDue, String receivingOrgan, LocalDateTime handedOverAt,
        String letterNo, String handoverItems, Long handedOverBy, boolean handoverLate, TransferReceipt receipt,
        LocalDate receiptDate, String receiptNote, Long receiptBy, LocalDateTime receiptRecordedAt) {

    public static final String APPROVED = "APPROVED";
    public static final String REJECTED = "REJECTED";

    /** Still under way: not rejected, not yet answered by the receiving organ (a jurisdiction transfer never is). */
    public boolean isOpen() {
        return kind == TransferKind.CRIME && !REJECTED.equals(decision) && receipt == null;
    }

    public boolean awaitingDecision() {
        return isOpen() && decision == null;
    }

    public boolean awaitingHandover() {
        return isOpen() && APPROVED.equals(decision) && handedOverAt == null;
    }

    public boolean awaitingReceipt() {
        return isOpen() && handedOverAt != null;
    }
}
