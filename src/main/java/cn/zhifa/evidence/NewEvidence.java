package cn.zhifa.evidence;

import cn.zhifa.casefile.CaseStage;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The metadata entered with an upload. {@code stage} null = the case's current stage; {@code act} links the evidence
 * to an act that needs audio-video recording; {@code taskKey} optionally names the step it belongs to.
 */
public record NewEvidence(EvidenceKind kind, String fileName, LocalDateTime capturedAt, List<Long> officerIds,
        String device, BigDecimal latitude, BigDecimal longitude, String description, CaseStage stage, AvAct act,
        String taskKey) {
}
