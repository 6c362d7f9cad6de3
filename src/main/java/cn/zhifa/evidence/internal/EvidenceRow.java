package cn.zhifa.evidence.internal;

import cn.zhifa.casefile.CaseStage;
import cn.zhifa.evidence.AvAct;
import cn.zhifa.evidence.EvidenceKind;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A row of {@code evidence} (with the custodian's and uploader's names when read). */
public class EvidenceRow {
    public Long id;
    public long caseId;
    public EvidenceKind kind;
    public String fileName;
    public String mediaType;
    public long sizeBytes;
    public String sha256;
    public String storagePath;
    public LocalDateTime capturedAt;
    public String device;
    public BigDecimal latitude;
    public BigDecimal longitude;
    public String description;
    public CaseStage stage;
    public AvAct avAct;
    public String taskKey;
    public long custodianId;
    public String custodianName;
    public long uploadedBy;
    public String uploadedByName;
    public LocalDateTime uploadedAt;
    public String originalFileName;
    public LocalDateTime withdrawnAt;
    public Long withdrawnBy;
    public String withdrawnByName;
    public String withdrawalReason;
}
