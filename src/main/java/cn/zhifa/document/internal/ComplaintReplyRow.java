package cn.zhifa.document.internal;

import java.time.LocalDateTime;

public class ComplaintReplyRow {
    public Long id;
    public long complaintId;
    public long unitId;
    public int templateVersion;
    public String docxSha256;
    public String docxPath;
    public String pdfSha256;
    public String pdfPath;
    public int pdfPages;
    public long createdBy;
    public LocalDateTime createdAt;
}
