package cn.zhifa.procedure;

import static cn.zhifa.procedure.StepRules.blankToNull;
import static cn.zhifa.procedure.StepRules.required;

import cn.zhifa.casefile.CaseChanges;
import cn.zhifa.casefile.CaseDeadline;
import cn.zhifa.casefile.CaseStage;
import cn.zhifa.casefile.DeadlineKind;
import cn.zhifa.casefile.DocumentKind;
import cn.zhifa.casefile.StepContext;
import cn.zhifa.casefile.StepPayload.StatementDefence;
import cn.zhifa.casefile.StepResult;
import cn.zhifa.casefile.ProcedureTasks;
import cn.zhifa.review.NoticesAndHearings;
import cn.zhifa.review.ReviewViews;
import cn.zhifa.shared.DomainException;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** 陈述申辩 received with the 复核意见, expressly waived, lapsed by silence, or a hearing requested (听证申请). */
@Component
class StatementDefenceStep extends OrdinaryStep<StatementDefence> {

    private final NoticesAndHearings hearings;
    private final Gates gates;

    StatementDefenceStep(NoticesAndHearings hearings, Gates gates) {
        super(ProcedureTasks.TASK_STATEMENT_DEFENCE, StatementDefence.class, CaseStage.STATEMENT,
                DeadlineKind.STATEMENT);
        this.hearings = hearings;
        this.gates = gates;
    }

    @Override
    public StepResult apply(StepContext<StatementDefence> ctx) {
        StatementDefence p = ctx.payload();
        CaseChanges c = ctx.changes();
        LocalDate today = ctx.today();
        StepResult r = new StepResult().variable(ProcedureTasks.VAR_HEARING_REQUESTED, p.hearingRequested());
        if (p.hearingRequested()) {
            ReviewViews.Notice notified = hearings.latestNotice(ctx.caseId())
                    .orElseThrow(() -> DomainException.invalid("decision.noNotice"));
            if (!notified.hearingEligible()) {
                throw DomainException.invalid("hearing.notEligible");
            }
            LocalDate last = hearings.hearingRequestDeadline(c.noticeServedDate());
            if (today.isAfter(last)) {
                throw DomainException.invalid("hearing.requestTooLate", last);
            }
            if (p.waived()) {
                throw DomainException.invalid("hearing.waivedAndRequested");
            }
            long caseId = ctx.caseId();
            c.statementWaived(null).statementSummary(blankToNull(p.statement()));
            return r.act(() -> hearings.requestHearing(caseId, today)).document(DocumentKind.HEARING_REQUEST)
                    .done("HEARING_REQUESTED", c.statementSummary());
        }
        String action;
        if (p.waived()) {
            c.statementWaived(true).statementSummary(blankToNull(p.statement()));
            r.document(DocumentKind.STATEMENT_WAIVER);
            action = "STATEMENT_WAIVED";
        } else if (blankToNull(p.statement()) == null) {
            // silence: deemed a waiver only once the statement window has run out (住建部令55 Art. 22)
            CaseDeadline window = ctx.deadline(DeadlineKind.STATEMENT).orElseThrow();
            if (!today.isAfter(window.due())) {
                throw DomainException.invalid("statement.windowOpen", window.due());
            }
            c.statementWaived(true).statementSummary(null);
            action = "STATEMENT_WINDOW_LAPSED";
        } else {
            c.statementWaived(false).statementSummary(required(p.statement(), "statement"))
                    .reviewOpinion(required(p.reviewOpinion(), "reviewOpinion"));
            r.document(DocumentKind.STATEMENT_RECORD).document(DocumentKind.STATEMENT_REVIEW);
            action = "STATEMENT_RECORDED";
        }
        gates.gates(ctx, r);
        return r.done(action, c.statementSummary());
    }
}
