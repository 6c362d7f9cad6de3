package cn.zhifa.document.internal;

import java.time.LocalDateTime;

public class VersionRow {
    public Long id;
    public long documentId;
    public long caseId;
    public String docType;
    public int version;
    public String docNo;
    public int templateVersion;
    public String docxSha256;
    /** The .docx's path in the evidence store: versions made before V396 (null since: {@link #docxContent}). */
    public String docxPath;
    /** The .docx itself, kept in its row (decision 0043); written, never read with the other columns. */
    public byte[] docxContent;
    public long docxSize;
    public String pdfSha256;
    public String pdfPath;
    public Long pdfSize;
    public Integer pdfPages;
    public String reason;
    public long createdBy;
    public LocalDateTime createdAt;
}
