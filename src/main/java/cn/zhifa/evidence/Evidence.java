package cn.zhifa.evidence;

import cn.zhifa.casefile.CaseStage;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** One stored evidence item with its metadata; the file is identified by its SHA-256. */
public record Evidence(long id, long caseId, EvidenceKind kind, String fileName, String mediaType, long size,
        String sha256, String storagePath, LocalDateTime capturedAt, List<Officer> officers, String device,
        BigDecimal latitude, BigDecimal longitude, String description, CaseStage stage, AvAct act, String taskKey,
        long custodianId, String custodianName, long uploadedBy, String uploadedByName, LocalDateTime uploadedAt) {

    /** An officer present at capture. */
    public record Officer(long userId, String name) {
    }

    public boolean isImage() {
        return mediaType.startsWith("image/");
    }
}
