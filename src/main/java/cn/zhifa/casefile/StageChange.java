package cn.zhifa.casefile;

import java.time.LocalDateTime;

/**
 * One entry of the case's full-process record as its timeline shows it: {@code seq} in the chain, the stage before
 * and after, {@code actorId} null for what the system did by itself, the origin (client address and User-Agent, or
 * "system") and the canonical details (JSON). {@code comment} is the summary as stored (a {@link
 * cn.zhifa.shared.StoredText} or data as typed), {@code text} the same rendered in the reader's language.
 */
public record StageChange(long id, long seq, CaseStage fromStage, CaseStage toStage, String action, Long actorId,
        String actorName, LocalDateTime at, String comment, String text, String originIp, String originClient,
        String details) {
}
