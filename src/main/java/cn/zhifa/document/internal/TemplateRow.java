package cn.zhifa.document.internal;

import java.time.LocalDateTime;

public class TemplateRow {
    public Long id;
    public long unitId;
    public String docType;
    public int version;
    public String fileName;
    public String sha256;
    public long sizeBytes;
    public String storagePath;
    public long uploadedBy;
    public LocalDateTime uploadedAt;
}
