package cn.zhifa.supervision;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * 整改: a problem a unit must fix by the deadline (from a review plan or a case), its report, and the reviewer's
 * re-check. Status: OPEN (to rectify), SUBMITTED (to re-check), RETURNED (re-check failed, to rectify again), CLOSED.
 */
public record Rectification(long id, Long planId, Long caseId, long unitId, String problem, String advice,
        LocalDate deadline, Long assigneeId, long reviewerId, String status, String fixNote, Long fixedBy,
        LocalDate fixedOn, String recheckNote, int rounds, LocalDate closedOn, long createdBy,
        LocalDateTime createdAt, boolean overdue) {

    /** A new rectification: the unit, the problem and advice, optional case/plan, deadline (default per setting). */
    public record NewRectification(long unitId, Long caseId, Long planId, String problem, String advice,
            LocalDate deadline, Long assigneeId, Long reviewerId) {
    }
}
