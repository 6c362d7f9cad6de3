package cn.zhifa.tasks;

import java.time.LocalDate;

/** An open task's identity: which case, which step, whose queue, and its due date. */
public record TaskRef(String taskId, long caseId, long unitId, String taskKey, String candidateGroup,
        Long assigneeId, LocalDate dueDate) {
}
