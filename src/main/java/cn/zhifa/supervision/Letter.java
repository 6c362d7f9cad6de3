package cn.zhifa.supervision;

import java.time.LocalDate;

/**
 * 监督函: a 提醒函 (REMINDER) or 督办函 (URGE) to a unit about a case or a problem, with a reply deadline on the
 * working-day calendar. Status: SENT → REPLIED → CLOSED (the sender closes it after the reply).
 */
public record Letter(long id, LetterKind kind, long unitId, Long caseId, Long rectificationId, String subject,
        String body, LocalDate replyDue, long sentBy, LocalDate sentOn, String status, String reply, Long repliedBy,
        LocalDate repliedOn, LocalDate closedOn, boolean overdue) {

    public enum LetterKind {
        /** 提醒函 */
        REMINDER,
        /** 督办函 */
        URGE
    }

    public record NewLetter(LetterKind kind, long unitId, Long caseId, Long rectificationId, String subject,
            String body, LocalDate replyDue) {
    }
}
