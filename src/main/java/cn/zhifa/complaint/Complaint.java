package cn.zhifa.complaint;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A complaint as stored. {@code caseId}: the ordinary or summary case it led to; {@code matterId}: its matter. */
public record Complaint(long id, String complaintNo, long unitId, ComplaintChannel channel, String externalRef,
        String complainantName, String complainantPhone, boolean replyRequired, String place, String partyName,
        Long itemId, String itemName, String content, LocalDateTime receivedAt, Long matterId, String status,
        Long verifierId, String verifierName, LocalDate verifyDue, LocalDateTime verifiedAt, ComplaintOutcome outcome,
        String outcomeNote, Long caseId, String caseNo, String caseProcedure, LocalDate replyDue, String reply,
        String replyMethod, LocalDateTime repliedAt, String lateWarned) {
}
