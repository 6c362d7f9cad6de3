package cn.zhifa.tasks.internal;

import java.time.LocalDateTime;

/** task_done row joined with the case's (or complaint's) current columns. */
public class DoneRow {
    public String taskId;
    public Long caseId;
    public String taskKey;
    public String procedureType;
    public LocalDateTime createdAt;
    public LocalDateTime completedAt;
    public String caseNo;
    public String partyName;
    public String location;
    public String itemName;
    public String stage;
}
