package cn.zhifa.document.internal;

import java.time.LocalDateTime;

/** A dossier: its manifest (what it shows), and its PDF once laid out (null until then for the frozen copy). */
public class DossierRow {
    public Long id;
    public long caseId;
    public boolean finalCopy;
    public String manifestSha256;
    public String manifestPath;
    /** The manifest's JSON, kept in the row since V397 (never listed: read by {@code dossierManifest}). */
    public byte[] manifestContent;
    public String sha256;
    public String path;
    public Long sizeBytes;
    public Integer pages;
    public Long createdBy;
    public LocalDateTime createdAt;
}
