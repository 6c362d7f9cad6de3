package cn.zhifa.casefile;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One reconsideration or suit against a case's decision, open until its outcome is recorded. As respondent the agency
 * receives a copy of the application or complaint ({@code copyReceivedOn}) and answers by {@code replyDue} (复议答复:
 * 10 working days; 应诉答辩: 15 days — computed through the calendar component, decision record 0027); the day it
 * answered is {@code replySubmittedOn}, recorded also when late. A revoking remedy that ordered a new decision
 * (撤销并责令重新作出, decision 0029) carries the day the agency received that order ({@code redoReceivedOn}), the
 * period the body set ({@code redoDays}, null: none) and the head who reopened the case ({@code redoBy}).
 */
public record Remedy(long id, long caseId, RemedyKind kind, LocalDate filedOn, String body, String note,
        long recordedBy, LocalDateTime recordedAt, LocalDate endedOn, RemedyOutcome outcome, String outcomeNote,
        Long endedBy, LocalDate copyReceivedOn, LocalDate replyDue, LocalDate replySubmittedOn, String replyNote,
        java.math.BigDecimal changedFine, LocalDate changedServedOn, LocalDate redoReceivedOn, Integer redoDays,
        Long redoBy) {

    public boolean open() {
        return outcome == null;
    }

    /** Whether this remedy ordered a new decision and the case was reopened for it (decision 0029). */
    public boolean redoOrdered() {
        return redoReceivedOn != null;
    }

    /** Whether the answer was submitted after its deadline (it is recorded all the same, and flagged). */
    @com.fasterxml.jackson.annotation.JsonProperty
    public boolean replyLate() {
        return replySubmittedOn != null && replyDue != null && replySubmittedOn.isAfter(replyDue);
    }

    /** This remedy with its answer deadline as computed by the calendar component. */
    Remedy withReplyDue(LocalDate due) {
        return new Remedy(id, caseId, kind, filedOn, body, note, recordedBy, recordedAt, endedOn, outcome, outcomeNote,
                endedBy, copyReceivedOn, due, replySubmittedOn, replyNote, changedFine, changedServedOn, redoReceivedOn,
                redoDays, redoBy);
    }
}
