package cn.zhifa.procedure;

import static cn.zhifa.procedure.StepRules.blankToNull;
import static cn.zhifa.procedure.StepRules.required;

import cn.zhifa.casefile.CaseChanges;
import cn.zhifa.casefile.CaseStage;
import cn.zhifa.casefile.DeadlineKind;
import cn.zhifa.casefile.DocumentKind;
import cn.zhifa.casefile.StepContext;
import cn.zhifa.casefile.StepPayload.HoldHearing;
import cn.zhifa.casefile.StepResult;
import cn.zhifa.casefile.ProcedureTasks;
import cn.zhifa.review.NoticesAndHearings;
import cn.zhifa.review.ReviewViews;
import cn.zhifa.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * 举行听证: the transcript and attendance with the written review and the presiding officer's report (听证报告), or
 * the party's absence without reason (= waiver, the hearing is terminated, Art. 64(8)); the hearing pause of the
 * decision period ends.
 */
@Component
class HoldHearingStep extends OrdinaryStep<HoldHearing> {

    private final NoticesAndHearings hearings;
    private final Gates gates;

    HoldHearingStep(NoticesAndHearings hearings, Gates gates) {
        super(ProcedureTasks.TASK_HOLD_HEARING, HoldHearing.class, CaseStage.HEARING, DeadlineKind.DECISION);
        this.hearings = hearings;
        this.gates = gates;
    }

    @Override
    public StepResult apply(StepContext<HoldHearing> ctx) {
        HoldHearing p = ctx.payload();
        CaseChanges c = ctx.changes();
        long caseId = ctx.caseId();
        var hearing = hearings.latestHearing(caseId).orElseThrow();
        if (hearing.hearingDate() == null || ctx.today().isBefore(hearing.hearingDate())) {
            throw DomainException.invalid("hearing.notYet", hearing.hearingDate());
        }
        StepResult r = new StepResult();
        String action;
        if (p.partyAppeared()) {
            String transcript = required(p.transcript(), "transcript");
            String attendance = required(p.attendance(), "attendance");
            c.statementWaived(false).statementSummary(transcript)
                    .reviewOpinion(required(p.reviewOpinion(), "reviewOpinion"));
            // 听证报告 (Art. 64; 上海 Art. 25): the presiding officer's points in dispute, opinion and proposal; dissent
            ReviewViews.HearingReport report = new ReviewViews.HearingReport(
                    required(p.disputedPoints(), "disputedPoints"), required(p.presiderOpinion(), "presiderOpinion"),
                    blankToNull(p.dissent()));
            r.act(() -> hearings.holdHearing(caseId, true, transcript, attendance, report))
                    .document(DocumentKind.HEARING_TRANSCRIPT).document(DocumentKind.HEARING_REPORT)
                    .document(DocumentKind.STATEMENT_REVIEW);
            action = "HEARING_HELD";
        } else {
            // Art. 64(8): absence without a justified reason = waiver of the hearing, the hearing is terminated
            String note = required(p.attendance(), "attendance");
            String transcript = blankToNull(p.transcript());
            c.statementWaived(true);
            r.act(() -> hearings.holdHearing(caseId, false, transcript, note, null))
                    .document(DocumentKind.HEARING_TERMINATION);
            action = "HEARING_ABSENT";
        }
        r.act(ctx.hearingPauseEnd(ctx.today()));
        // the hearing is held (or terminated) by this step
        gates.gates(ctx, r, Boolean.TRUE, null);
        return r.done(action, hearing.hearingDate().toString());
    }
}
