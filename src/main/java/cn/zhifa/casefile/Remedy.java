package cn.zhifa.casefile;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One reconsideration or suit against a case's decision, open until its outcome is recorded. */
public record Remedy(long id, long caseId, RemedyKind kind, LocalDate filedOn, String body, String note,
        long recordedBy, LocalDateTime recordedAt, LocalDate endedOn, RemedyOutcome outcome, String outcomeNote,
        Long endedBy) {

    public boolean open() {
        return outcome == null;
    }
}
