package cn.zhifa.procedure;

import cn.zhifa.casefile.Step;
import java.util.List;

/**
 * The steps of the ordinary procedure without a Spring context, for tests that read only their declarations (task,
 * payload, stage, deadline): constructed without collaborators, {@code apply} must not be called on them.
 */
public final class ProcedureSteps {
    private ProcedureSteps() {
    }

    public static List<Step<?>> declarations() {
        return List.of(new VerifyLeadStep(null), new ApproveFilingStep(null, null), new InvestigateStep(null),
                new InvestigationReportStep(null, null, null), new CaseReviewStep(null, null),
                new LegalReviewStep(null, null, null, null, null, null), new AdvanceNoticeStep(null, null, null, null, null),
                new StatementDefenceStep(null, null), new ScheduleHearingStep(null, null),
                new HoldHearingStep(null, null), new CorrectDocumentsStep(null), new DeliberationStep(null, null),
                new DecideStep(null, null, null, null, null), new ServiceStep(null, null), new ExecutionStep(null),
                new ClosingApprovalStep(null));
    }
}
