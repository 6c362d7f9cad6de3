package cn.zhifa.tasks;

import java.time.LocalDate;

/**
 * The due date a new task of a case has as it is created, so that its inbox row is written once, whole. Another
 * feature that knows the case's deadlines at that moment (a step completing in the same transaction) answers; null
 * when it cannot tell, and the due date is then set when the deadlines are next kept.
 */
public interface TaskDueDates {

    LocalDate dueOf(long caseId, String taskKey);
}
