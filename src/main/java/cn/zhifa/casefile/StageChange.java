package cn.zhifa.casefile;

import java.time.LocalDateTime;

/** One step of a case's stage history. */
public record StageChange(long id, CaseStage fromStage, CaseStage toStage, String action, long actorId,
        String actorName, LocalDateTime at, String comment) {
}
