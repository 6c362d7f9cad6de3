package cn.zhifa.tasks;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One row of an inbox: the task with the case columns an officer scans ({@code location}: the place of a lead, for
 * its title; {@code urgeCount}: how often the task was urged, 催办). {@code procedureType} is ORDINARY, SUMMARY or
 * COMPLAINT; for a COMPLAINT task {@code caseId} is the complaint's id and {@code caseNo} its number.
 */
public record InboxTask(String taskId, long caseId, long unitId, String taskKey, String candidateGroup,
        Long assigneeId, String assigneeName, LocalDateTime createdAt, LocalDate dueDate, String caseNo,
        String partyName, String itemName, String stage, LocalDate filedDate, String procedureType, String location,
        int urgeCount) {

    public InboxTask(String taskId, long caseId, long unitId, String taskKey, String candidateGroup,
            Long assigneeId, String assigneeName, LocalDateTime createdAt, LocalDate dueDate, String caseNo,
            String partyName, String itemName, String stage, LocalDate filedDate, String procedureType) {
        this(taskId, caseId, unitId, taskKey, candidateGroup, assigneeId, assigneeName, createdAt, dueDate, caseNo,
                partyName, itemName, stage, filedDate, procedureType, null, 0);
    }

    public InboxTask(String taskId, long caseId, long unitId, String taskKey, String candidateGroup,
            Long assigneeId, String assigneeName, LocalDateTime createdAt, LocalDate dueDate, String caseNo,
            String partyName, String itemName, String stage, LocalDate filedDate) {
        this(taskId, caseId, unitId, taskKey, candidateGroup, assigneeId, assigneeName, createdAt, dueDate, caseNo,
                partyName, itemName, stage, filedDate, PROCEDURE_ORDINARY);
    }

    public static final String PROCEDURE_ORDINARY = "ORDINARY";
    public static final String PROCEDURE_SUMMARY = "SUMMARY";
    public static final String PROCEDURE_COMPLAINT = "COMPLAINT";
}
