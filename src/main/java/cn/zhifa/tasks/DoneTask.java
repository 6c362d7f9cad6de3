package cn.zhifa.tasks;

import java.time.LocalDateTime;

/**
 * One row of 已办: a task the user completed, with the case's (or complaint's) current number, party, place, item and
 * stage ({@code stage}: a {@code CaseStage} name, or a complaint's status).
 */
public record DoneTask(String taskId, long caseId, String taskKey, String procedureType, LocalDateTime createdAt,
        LocalDateTime completedAt, String caseNo, String partyName, String location, String itemName, String stage) {
}
