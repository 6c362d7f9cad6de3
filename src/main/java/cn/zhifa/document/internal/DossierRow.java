package cn.zhifa.document.internal;

import java.time.LocalDateTime;

public class DossierRow {
    public Long id;
    public long caseId;
    public boolean finalCopy;
    public String sha256;
    public String path;
    public long sizeBytes;
    public int pages;
    public Long createdBy;
    public LocalDateTime createdAt;
}
