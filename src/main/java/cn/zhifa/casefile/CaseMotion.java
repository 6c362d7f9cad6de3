package cn.zhifa.casefile;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A request on a case decided by a head who is not a handler (decision record 0025): its {@code kind}; for an exit the
 * {@code ground} ({@link CaseExitGround}); for a recusal the person ({@code subjectUserId}), his role
 * ({@code subjectRole}: HANDLER or PRESIDER), who applied ({@code ground}: PARTY or SELF) and the successor named when
 * granted; for a late decision the decision deadline that had run out ({@code dueDate}). {@code approved} is null while
 * pending.
 */
public record CaseMotion(long id, long caseId, CaseMotionKind kind, String ground, Long subjectUserId,
        String subjectRole, LocalDate dueDate, String reason, long requestedBy, LocalDateTime requestedAt,
        Boolean approved, Long decidedBy, LocalDateTime decidedAt, String opinion, Long successorUserId) {

    public boolean pending() {
        return approved == null;
    }
}
