package cn.zhifa.procedure;

import cn.zhifa.casefile.CaseStage;
import cn.zhifa.casefile.DeadlineKind;
import cn.zhifa.casefile.Step;
import cn.zhifa.casefile.StepPayload;

/** The declarations every step of the ordinary procedure makes, held in one place per step. */
abstract class OrdinaryStep<P extends StepPayload> implements Step<P> {

    private final String taskKey;
    private final Class<P> payloadType;
    private final CaseStage stage;
    private final DeadlineKind deadline;

    OrdinaryStep(String taskKey, Class<P> payloadType, CaseStage stage, DeadlineKind deadline) {
        this.taskKey = taskKey;
        this.payloadType = payloadType;
        this.stage = stage;
        this.deadline = deadline;
    }

    @Override
    public final String taskKey() {
        return taskKey;
    }

    @Override
    public final Class<P> payloadType() {
        return payloadType;
    }

    @Override
    public final CaseStage stage() {
        return stage;
    }

    @Override
    public final DeadlineKind deadline() {
        return deadline;
    }
}
