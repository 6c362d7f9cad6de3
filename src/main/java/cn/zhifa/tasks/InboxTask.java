package cn.zhifa.tasks;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One row of an inbox: the task with the case columns an officer scans. */
public record InboxTask(String taskId, long caseId, long unitId, String taskKey, String candidateGroup,
        Long assigneeId, String assigneeName, LocalDateTime createdAt, LocalDate dueDate, String caseNo,
        String partyName, String itemName, String stage, LocalDate filedDate) {
}
