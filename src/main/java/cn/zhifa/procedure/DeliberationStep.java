package cn.zhifa.procedure;

import cn.zhifa.shared.StoredText;
import static cn.zhifa.procedure.StepRules.requireHead;

import cn.zhifa.casefile.CaseStage;
import cn.zhifa.casefile.CollectiveDeliberation;
import cn.zhifa.casefile.DeadlineKind;
import cn.zhifa.casefile.StepContext;
import cn.zhifa.casefile.StepPayload.Deliberation;
import cn.zhifa.casefile.StepResult;
import cn.zhifa.casefile.ProcedureTasks;
import cn.zhifa.shared.DomainException;
import org.springframework.stereotype.Component;

/** 集体讨论: takes over the resolution of the heads' meeting with fully confirmed minutes (集体讨论记录). */
@Component
class DeliberationStep extends OrdinaryStep<Deliberation> {

    private final CollectiveDeliberation deliberation;
    private final Gates gates;

    DeliberationStep(CollectiveDeliberation deliberation, Gates gates) {
        super(ProcedureTasks.TASK_DELIBERATION, Deliberation.class, CaseStage.DELIBERATION, DeadlineKind.DECISION);
        this.deliberation = deliberation;
        this.gates = gates;
    }

    @Override
    public StepResult apply(StepContext<Deliberation> ctx) {
        Deliberation p = ctx.payload();
        requireHead(ctx.actor());
        // the heads' meeting with fully confirmed minutes is the only source of the resolution (集体讨论记录)
        CollectiveDeliberation.Resolution r = deliberation.resolution(ctx.caseId())
                .orElseThrow(() -> DomainException.invalid("deliberation.noResolution"));
        if (p.meetingId() == null || p.meetingId() != r.meetingId()) {
            throw DomainException.invalid("deliberation.notLatestResolution", r.meetingId());
        }
        String resolution = gates.describe(r.outcome(), r.fine()) + "：" + r.text();
        ctx.changes().deliberationResolution(resolution);
        return new StepResult().done("DELIBERATED",
                StoredText.of("text.withNote", gates.outcome(r.outcome(), r.fine()), r.text()));
    }
}
