package cn.zhifa.tasks.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** task_inbox row joined with the case columns. */
public class InboxRow {
    public String taskId;
    public Long caseId;
    public Long unitId;
    public String taskKey;
    public String candidateGroup;
    public Long assigneeId;
    public String assigneeName;
    public LocalDateTime createdAt;
    public LocalDate dueDate;
    public String caseNo;
    public String partyName;
    public String itemName;
    public String stage;
    public LocalDate filedDate;
    public String procedureType;
    public String location;
    public int urgeCount;
}
