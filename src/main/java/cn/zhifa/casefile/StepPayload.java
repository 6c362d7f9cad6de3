package cn.zhifa.casefile;

import cn.zhifa.shared.Limits;
import cn.zhifa.shared.Plausible;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What an officer enters to complete one step of the ordinary procedure. Each type belongs to exactly one user
 * task; the JSON form carries {@code "type"} with the record's simple name.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = StepPayload.VerifyLead.class, name = "VerifyLead"),
    @JsonSubTypes.Type(value = StepPayload.ApproveFiling.class, name = "ApproveFiling"),
    @JsonSubTypes.Type(value = StepPayload.Investigate.class, name = "Investigate"),
    @JsonSubTypes.Type(value = StepPayload.InvestigationReport.class, name = "InvestigationReport"),
    @JsonSubTypes.Type(value = StepPayload.CaseReview.class, name = "CaseReview"),
    @JsonSubTypes.Type(value = StepPayload.LegalReview.class, name = "LegalReview"),
    @JsonSubTypes.Type(value = StepPayload.AdvanceNotice.class, name = "AdvanceNotice"),
    @JsonSubTypes.Type(value = StepPayload.StatementDefence.class, name = "StatementDefence"),
    @JsonSubTypes.Type(value = StepPayload.ScheduleHearing.class, name = "ScheduleHearing"),
    @JsonSubTypes.Type(value = StepPayload.HoldHearing.class, name = "HoldHearing"),
    @JsonSubTypes.Type(value = StepPayload.CorrectDocuments.class, name = "CorrectDocuments"),
    @JsonSubTypes.Type(value = StepPayload.Deliberation.class, name = "Deliberation"),
    @JsonSubTypes.Type(value = StepPayload.Decision.class, name = "Decision"),
    @JsonSubTypes.Type(value = StepPayload.Service.class, name = "Service"),
    @JsonSubTypes.Type(value = StepPayload.Execution.class, name = "Execution"),
    @JsonSubTypes.Type(value = StepPayload.ClosingApproval.class, name = "ClosingApproval")
})
public sealed interface StepPayload {

    /**
     * 线索核查: recommend filing (with the item, the act date and ≥2 handlers, the first is 主办) or not; the end of a
     * continuing act and the limitation classification (行政处罚法 Art. 36) when known (null: unchanged).
     */
    record VerifyLead(boolean recommendFiling, Long itemId, @Plausible LocalDate actDate,
            @Size(max = Limits.LIST) List<@NotNull Long> handlerIds, @Size(max = Limits.TEXT) String opinion,
            @Plausible LocalDate actEndDate, LimitationClass limitationClass) implements StepPayload {

        public VerifyLead(boolean recommendFiling, Long itemId, LocalDate actDate, List<Long> handlerIds,
                String opinion) {
            this(recommendFiling, itemId, actDate, handlerIds, opinion, null, null);
        }
    }

    /**
     * 立案审批 by a head: approve (case number assigned) or 不予立案 with a reason; {@code limitationGround}: the legal
     * ground for filing a lead past the limitation of Art. 36 (required then, refused otherwise).
     */
    record ApproveFiling(boolean approve, @Size(max = Limits.TEXT) String reason,
            @Size(max = Limits.TEXT) String limitationGround) implements StepPayload {

        public ApproveFiling(boolean approve, String reason) {
            this(approve, reason, null);
        }
    }

    /**
     * 调查取证: facts found and the records made (询问笔录, 现场检查笔录, …); {@code inspectionPartyAbsent}: an on-site
     * inspection where the party was absent or refused to sign (needs audio-video evidence).
     */
    record Investigate(@Size(max = Limits.TEXT) String facts,
            @Size(max = Limits.LIST) List<@NotNull @Valid DocumentInput> documents, boolean inspectionPartyAbsent)
            implements StepPayload {
        public Investigate(String facts, List<DocumentInput> documents) {
            this(facts, documents, false);
        }
    }

    /**
     * 调查终结报告: proposed outcome, discretion reasons, whether major (法制审核) or for collective deliberation, and
     * whether the proposal departs from the discretion benchmark (with the reason; a deliberation trigger).
     */
    record InvestigationReport(OutcomeType proposedOutcome, @Digits(integer = Limits.MONEY_INTEGER, fraction = Limits.MONEY_FRACTION) @PositiveOrZero BigDecimal fine,
            @Digits(integer = Limits.MONEY_INTEGER, fraction = Limits.MONEY_FRACTION) @PositiveOrZero BigDecimal confiscation,
            @Size(max = Limits.TEXT) String correctionOrder, @Size(max = Limits.TEXT) String discretionReason, boolean major,
            @Size(max = Limits.TEXT) String majorReason, boolean deliberation, boolean benchmarkDeparture,
            @Size(max = Limits.TEXT) String benchmarkDepartureReason, Long benchmarkId)
            implements StepPayload {

        /** Without a chosen 裁量阶次 ({@code benchmarkId}: the benchmark row whose conditions apply). */
        public InvestigationReport(OutcomeType proposedOutcome, BigDecimal fine, BigDecimal confiscation,
                String correctionOrder, String discretionReason, boolean major, String majorReason,
                boolean deliberation, boolean benchmarkDeparture, String benchmarkDepartureReason) {
            this(proposedOutcome, fine, confiscation, correctionOrder, discretionReason, major, majorReason,
                    deliberation, benchmarkDeparture, benchmarkDepartureReason, null);
        }

        /** Within the discretion benchmark. */
        public InvestigationReport(OutcomeType proposedOutcome, BigDecimal fine, BigDecimal confiscation,
                String correctionOrder, String discretionReason, boolean major, String majorReason,
                boolean deliberation) {
            this(proposedOutcome, fine, confiscation, correctionOrder, discretionReason, major, majorReason,
                    deliberation, false, null);
        }

        /** The same report with the 裁量阶次 whose conditions apply ({@code benchmarkId}, a benchmark row). */
        public InvestigationReport withBenchmark(Long id) {
            return new InvestigationReport(proposedOutcome, fine, confiscation, correctionOrder, discretionReason,
                    major, majorReason, deliberation, benchmarkDeparture, benchmarkDepartureReason, id);
        }
    }

    /** 案件审核 by team leader or head: approve, or return (退回) to investigation. Heads may add major/deliberation. */
    record CaseReview(boolean approve, boolean markMajor, boolean markDeliberation,
            @Size(max = Limits.TEXT) String opinion)
            implements StepPayload {
    }

    /**
     * 法制审核: the 118号 checklist (every point passed or a problem with a remark), the outcome and the written
     * opinion (法制审核意见书). {@code confirmGaps}: the reviewer agrees although the case has no evidence or no record
     * of the party heard — refused without it, recorded with it (decision 0023, amendment).
     */
    record LegalReview(ReviewOutcome outcome, @Size(max = Limits.LIST) List<@NotNull @Valid CheckPoint> checklist,
            @Size(max = Limits.TEXT) String opinion, boolean confirmGaps) implements StepPayload {

        public LegalReview(ReviewOutcome outcome, List<CheckPoint> checklist, String opinion) {
            this(outcome, checklist, opinion, false);
        }
    }

    /** One point of the legal-review checklist. */
    record CheckPoint(ReviewPoint point, boolean passed, @Size(max = Limits.TEXT) String remark) {
    }

    /**
     * 行政处罚事先告知书 served: the proposed penalty comes from the investigation report; reasons and legal basis
     * default to the report's discretion reasons and the violation item's bases when left empty.
     */
    record AdvanceNotice(@Plausible LocalDate servedDate, ServiceMethod method, @Size(max = Limits.TEXT) String reasons,
            @Size(max = Limits.TEXT) String basis, @Size(max = Limits.REF) String reference,
            @Size(max = Limits.TEXT) String publicNoticeReason)
            implements StepPayload {

        public AdvanceNotice(LocalDate servedDate, ServiceMethod method) {
            this(servedDate, method, null, null, null, null);
        }

        public AdvanceNotice(LocalDate servedDate, ServiceMethod method, String reasons, String basis) {
            this(servedDate, method, reasons, basis, null, null);
        }
    }

    /** 陈述申辩 received (and 复核意见), expressly waived, or a hearing requested (听证申请, only when eligible). */
    record StatementDefence(boolean waived, @Size(max = Limits.TEXT) String statement,
            @Size(max = Limits.TEXT) String reviewOpinion, boolean hearingRequested)
            implements StepPayload {

        public StatementDefence(boolean waived, String statement, String reviewOpinion) {
            this(waived, statement, reviewOpinion, false);
        }
    }

    /** 听证安排 by a head: presiding officer (not a handler), date and place, hearing notice served, 0–2 agents. */
    record ScheduleHearing(Long presidingId, @Plausible LocalDate hearingDate, @Size(max = Limits.PLACE) String place,
            @Plausible LocalDate noticeServedDate,
            @Size(max = 2) List<@NotNull @Size(max = Limits.NAME) String> agents) implements StepPayload {
    }

    /**
     * 举行听证: the transcript summary and attendance, or the party's absence without reason (= waiver, hearing
     * terminated). {@code reviewOpinion} is the written review (复核意见) of what the party raised; the presiding
     * officer's report (听证报告, 行政处罚法 Art. 64, 上海 Art. 25) states {@code disputedPoints} (争议焦点),
     * {@code presiderOpinion} (主持人意见及处理建议) and {@code dissent} (听证人员的不同意见, none when blank).
     */
    record HoldHearing(boolean partyAppeared, @Size(max = Limits.TEXT) String transcript,
            @Size(max = Limits.TEXT) String attendance, @Size(max = Limits.TEXT) String reviewOpinion,
            @Size(max = Limits.TEXT) String disputedPoints, @Size(max = Limits.TEXT) String presiderOpinion,
            @Size(max = Limits.TEXT) String dissent) implements StepPayload {

        /** The party absent without reason: no review, no report. */
        public static HoldHearing absent(String attendance) {
            return new HoldHearing(false, null, attendance, null, null, null, null);
        }
    }

    /** 整改/补正文书 after a "correct" review opinion: what was corrected and the documents redone. */
    record CorrectDocuments(@Size(max = Limits.TEXT) String correction,
            @Size(max = Limits.LIST) List<@NotNull @Valid DocumentInput> documents) implements StepPayload {
    }

    /**
     * 集体讨论: takes over the resolution of the heads' meeting {@code meetingId}, which must be the case's latest
     * resolution with fully confirmed minutes ({@link CollectiveDeliberation}).
     */
    record Deliberation(Long meetingId) implements StepPayload {
    }

    /**
     * 处罚决定 by a head; {@code educationRecord}: how the party was educated (批评教育), required with
     * {@link OutcomeType#NO_PENALTY} (行政处罚法 Art. 33 ¶3); {@code approvalOpinion}: the head's own 审批意见 for the
     * 处理决定审批表 (optional: without it the form states the decision taken on the proposal).
     */
    record Decision(OutcomeType outcome, @Digits(integer = Limits.MONEY_INTEGER, fraction = Limits.MONEY_FRACTION) @PositiveOrZero BigDecimal fine,
            @Digits(integer = Limits.MONEY_INTEGER, fraction = Limits.MONEY_FRACTION) @PositiveOrZero BigDecimal confiscation,
            @Size(max = Limits.TEXT) String correctionOrder, @Plausible LocalDate decidedDate,
            @Size(max = Limits.TEXT) String educationRecord,
            @Size(max = Limits.TEXT) String approvalOpinion) implements StepPayload {

        public Decision(OutcomeType outcome, BigDecimal fine, BigDecimal confiscation, String correctionOrder,
                LocalDate decidedDate) {
            this(outcome, fine, confiscation, correctionOrder, decidedDate, null, null);
        }

        public Decision(OutcomeType outcome, BigDecimal fine, BigDecimal confiscation, String correctionOrder,
                LocalDate decidedDate, String educationRecord) {
            this(outcome, fine, confiscation, correctionOrder, decidedDate, educationRecord, null);
        }
    }

    /**
     * 送达 of the decision: {@code servedDate} is the date entered for the method (handed over or left, the postal
     * receipt's date, arrival, publication); {@code reference} the postal receipt number (mail);
     * {@code publicNoticeReason} why other methods are impossible (公告送达). See {@link ServiceOfDocuments}.
     */
    record Service(@Plausible LocalDate servedDate, ServiceMethod method, @Size(max = Limits.REF) String reference,
            @Size(max = Limits.TEXT) String publicNoticeReason) implements StepPayload {

        public Service(LocalDate servedDate, ServiceMethod method) {
            this(servedDate, method, null, null);
        }
    }

    /**
     * 执行: payment recorded, or a no-payment outcome with a note; {@code forcedDemolition}: the execution was a
     * 强制拆除 (needs audio-video evidence).
     */
    record Execution(@Digits(integer = Limits.MONEY_INTEGER, fraction = Limits.MONEY_FRACTION) @PositiveOrZero BigDecimal paidAmount, @Plausible LocalDate paidDate,
            @Size(max = Limits.TEXT) String note, boolean forcedDemolition)
            implements StepPayload {
        public Execution(BigDecimal paidAmount, LocalDate paidDate, String note) {
            this(paidAmount, paidDate, note, false);
        }
    }

    /** 结案审批 by a head: approve (then archived) or return to execution. */
    record ClosingApproval(boolean approve, @Size(max = Limits.TEXT) String opinion) implements StepPayload {
    }

    /** A document record made during a step. */
    record DocumentInput(@Size(max = 40) String docType, @Size(max = Limits.PLACE) String title) {
    }
}
