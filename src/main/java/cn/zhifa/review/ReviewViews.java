package cn.zhifa.review;

import cn.zhifa.calendar.DeadlineLight;
import cn.zhifa.casefile.OutcomeType;
import cn.zhifa.casefile.ReviewOutcome;
import cn.zhifa.casefile.StepPayload.CheckPoint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** What the review feature shows and answers over the API. */
public final class ReviewViews {
    private ReviewViews() {
    }

    /** One legal-review round with its checklist. */
    public record Round(int roundNo, long reviewerId, String reviewerName, ReviewOutcome outcome, String opinion,
            LocalDate startedOn, LocalDate dueDate, LocalDateTime reviewedAt, List<CheckPoint> checklist) {
    }

    /** The advance notice as served. */
    public record Notice(LocalDate servedDate, OutcomeType proposedOutcome, BigDecimal fine, BigDecimal confiscation,
            String facts, String reasons, String basis, boolean hearingEligible, String hearingReason) {
    }

    /**
     * The hearing: requested, scheduled, held or terminated by absence; once held, the presiding officer's report
     * (disputed points, opinion and proposal, dissent).
     */
    public record Hearing(LocalDate requestedOn, Long presidingId, String presidingName, LocalDate hearingDate,
            String place, LocalDate noticeServedOn, List<String> agents, String status, String transcript,
            String attendance, HearingReport report) {
    }

    /** 听证报告's own content: 争议焦点, 主持人意见及处理建议, 不同意见 (null when none was recorded). */
    public record HearingReport(String disputedPoints, String presiderOpinion, String dissent) {
    }

    /** A recusal request and its decision. */
    public record Recusal(long id, long caseId, long reviewerId, long requestedBy, String reason, String status,
            Long decidedBy, String decisionReason) {
    }

    /** A legal reviewer's qualification record. */
    public record Qualification(long userId, String displayName, String certificateNo, LocalDate appointedOn,
            boolean qualified, long recordedBy, LocalDateTime recordedAt) {
    }

    /** One open review in the reviewers' queue. */
    public record QueueEntry(String taskId, long caseId, String caseNo, String partyName, String itemName,
            Long assigneeId, String assigneeName, LocalDate startedOn, LocalDate dueDate, DeadlineLight light,
            boolean extended) {
    }

    /** Everything the workspace shows in "审核与告知". */
    public record Overview(List<Requirement> requirements, List<Round> rounds, Notice notice, Hearing hearing,
            List<Recusal> recusals) {

        @com.fasterxml.jackson.annotation.JsonProperty
        public boolean reviewRequired() {
            return requirements.stream().anyMatch(r -> r.kind() == RequirementKind.REVIEW);
        }

        @com.fasterxml.jackson.annotation.JsonProperty
        public boolean hearingEligible() {
            return requirements.stream().anyMatch(r -> r.kind() == RequirementKind.HEARING);
        }

        @com.fasterxml.jackson.annotation.JsonProperty
        public boolean deliberationRequired() {
            return requirements.stream().anyMatch(r -> r.kind() == RequirementKind.DELIBERATION);
        }
    }
}
