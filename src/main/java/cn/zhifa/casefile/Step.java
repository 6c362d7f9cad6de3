package cn.zhifa.casefile;

/**
 * One step of a procedure: the unit of code for one user task. A step declares what the procedure needs to know
 * about it — its task key (BPMN element id), the payload that completes it (and so its form, one per payload type),
 * the stage an open task of it puts the case in and the deadline that governs it — and decides, in {@link #apply},
 * what the completion changes. {@code apply} reads (through its {@link StepContext}) and refuses by throwing a
 * {@link cn.zhifa.shared.DomainException}; it writes nothing: the case changes, engine variables, documents, events,
 * other modules' acts and the record entry are in the returned {@link StepResult}, which {@link CaseWorkflowService}
 * persists. Steps are Spring beans in the module that owns the legal act; the {@link StepCatalogue} collects them and
 * checks them against the BPMN at start-up.
 */
public interface Step<P extends StepPayload> {

    /** The BPMN user task this step completes. */
    String taskKey();

    /** The payload type that completes it (exactly one form per payload type). */
    Class<P> payloadType();

    /** The stage an open task of this step puts the case in. */
    CaseStage stage();

    /** The deadline whose due date an open task of this step carries. */
    DeadlineKind deadline();

    /** Checks the rules of the act and returns what it changes; never writes. */
    StepResult apply(StepContext<P> context);
}
