package cn.zhifa.document.internal;

import java.time.LocalDateTime;

public class JobRow {
    public Long id;
    public long documentId;
    public long caseId;
    public String docType;
    public String docNo;
    public String title;
    public long actorId;
    public String reason;
    public int templateVersion;
    public String dataJson;
    public String status;
    public int attempts;
    public String lastError;
    public LocalDateTime createdAt;
    public LocalDateTime claimedAt;
    public LocalDateTime doneAt;
}
