package cn.zhifa.evidence;

import cn.zhifa.casefile.CaseStage;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One stored evidence item with its metadata; the file is identified by its SHA-256. {@code fileName} is the stored
 * (normalised) name, {@code originalFileName} the name it was uploaded under when that differed (else null).
 */
public record Evidence(long id, long caseId, EvidenceKind kind, String fileName, String mediaType, long size,
        String sha256, String storagePath, LocalDateTime capturedAt, List<Officer> officers, String device,
        BigDecimal latitude, BigDecimal longitude, String description, CaseStage stage, AvAct act, String taskKey,
        long custodianId, String custodianName, long uploadedBy, String uploadedByName, LocalDateTime uploadedAt,
        String originalFileName, LocalDateTime withdrawnAt, String withdrawnByName, String withdrawalReason) {

    /** Withdrawn (撤回/作废): kept in the record and the export, not counted by gates. */
    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    /** An officer present at capture. */
    public record Officer(long userId, String name) {
    }

    public boolean isImage() {
        return mediaType.startsWith("image/");
    }
}
