package cn.zhifa.casefile;

import java.time.LocalDateTime;

/** One step of a case's stage history; {@code actorId} is null for what the system did by itself. */
public record StageChange(long id, CaseStage fromStage, CaseStage toStage, String action, Long actorId,
        String actorName, LocalDateTime at, String comment) {
}
