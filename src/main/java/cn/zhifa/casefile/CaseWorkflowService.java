package cn.zhifa.casefile;

import cn.zhifa.casefile.internal.CaseFileMapper;
import cn.zhifa.casefile.internal.CaseRow;
import cn.zhifa.casefile.internal.ClockMapper;
import cn.zhifa.casefile.process.OrdinaryProcedureEngine;
import cn.zhifa.organization.Actor;
import cn.zhifa.shared.DomainException;
import cn.zhifa.tasks.InboxService;
import cn.zhifa.tasks.TaskRef;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/**
 * The step pipeline: completes one step of the ordinary procedure in one transaction, in declared phases —
 * (1) load and lock the case and the task, once; (2) guards; (3) the step's {@link Step#apply}, which writes nothing;
 * (4) persist the step's writes: handlers, case number, its writes in their order (documents register, other
 * modules' acts, events); (5) complete the engine task (marked as a step's completion, so the engine listener does
 * not record it again); (6) projections in order: inbox (kept by the engine listener during 5), stage together with
 * only the changed columns of the case (one UPDATE), the record entry (once, from the step's result), deadlines. Refused at any phase:
 * nothing happens at all. The UI, the REST API and the tests all come through here; the steps are in the
 * {@link StepCatalogue}.
 */
@org.springframework.stereotype.Service
public class CaseWorkflowService {

    private final CaseFileMapper mapper;
    private final ClockMapper clockMapper;
    private final InboxService inbox;
    private final OrdinaryProcedureEngine engine;
    private final CaseClockService caseClock;
    private final CaseNumbering numbering;
    private final CaseHistory history;
    private final StepGuards guards;
    private final StepCatalogue catalogue;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseWorkflowService(CaseFileMapper mapper, ClockMapper clockMapper, InboxService inbox,
            OrdinaryProcedureEngine engine, CaseClockService caseClock, CaseNumbering numbering, CaseHistory history,
            StepGuards guards, StepCatalogue catalogue, ApplicationEventPublisher events, Clock clock) {
        this.mapper = mapper;
        this.clockMapper = clockMapper;
        this.inbox = inbox;
        this.engine = engine;
        this.caseClock = caseClock;
        this.numbering = numbering;
        this.history = history;
        this.guards = guards;
        this.catalogue = catalogue;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public CaseFile complete(Actor actor, String taskId, StepPayload payload) {
        if (payload == null) {
            throw DomainException.invalid("field.required", "payload");
        }
        // 1. load and lock
        TaskRef task = inbox.ref(taskId);
        CaseRow row = CaseScope.workable(actor, mapper.findCaseForUpdate(task.caseId()), task.caseId());
        if (row.stage.isTerminal()) {
            throw DomainException.invalid("case.readOnly", row.caseNo);
        }
        Step<?> step = catalogue.step(task.taskKey()).orElse(null);
        if (step == null || !step.payloadType().isInstance(payload)) {
            throw DomainException.invalid("task.wrongPayload",
                    step == null ? "?" : step.payloadType().getSimpleName());
        }
        inbox.lockForCompletion(actor, taskId);
        CaseFile before = CaseFileService.toCase(row);
        // 2. guards
        guards.check(actor, before, task.taskKey(), payload);
        // 3. apply
        CaseChanges changes = new CaseChanges(row);
        StepResult result = apply(step, new StepContext<>(actor, taskId, task.taskKey(), payload, before, changes,
                mapper, clockMapper, caseClock, clock));
        // 4. persist the step's writes: handlers, case number, documents, acts and events in their order
        persistWrites(actor, before, changes, result);
        // 5. complete the engine task
        try {
            engine.completeStep(taskId, result.variables());
        } catch (OptimisticLockingException e) {
            throw DomainException.conflict("task.goneOrDone", taskId);
        }
        // 6. projections. Stage: the open step's, or what the step or the archive delegate set; written with the
        // step's changed columns in one UPDATE. Then the record entry, then the deadlines.
        List<TaskRef> open = inbox.openRefsOfCase(row.id);
        CaseStage next = open.stream().map(t -> catalogue.stageOf(t.taskKey())).filter(Objects::nonNull).findFirst()
                .orElse(null);
        if (next != null && next != changes.stage()) {
            changes.stage(next);
        }
        boolean written = !changes.changed().isEmpty();
        if (written && mapper.updateChanged(row, changes.changed()) != 1) {
            throw DomainException.conflict("case.concurrentChange");
        }
        CaseRow after = row;
        if (next == null || changes.changed().contains("itemId")) {
            after = mapper.findCase(row.id); // the process ended (archive delegate) or the item's name changed
        } else if (written) {
            row.version++;
        }
        history.record(row.id, before.stage(), after.stage, result.action(), actor.userId(), result.comment(changes),
                CaseDiff.step(taskId, task.taskKey(), before, CaseFileService.toCase(after)));
        caseClock.refresh(after, open);
        return CaseFileService.toCase(after);
    }

    @SuppressWarnings("unchecked")
    private static <P extends StepPayload> StepResult apply(Step<P> step, StepContext<?> context) {
        StepResult result = step.apply((StepContext<P>) context);
        if (result == null || result.action() == null) {
            throw new IllegalStateException("step " + step.getClass().getSimpleName() + " returned no action");
        }
        return result;
    }

    private void persistWrites(Actor actor, CaseFile before, CaseChanges changes, StepResult result) {
        CaseRow row = changes.row;
        if (changes.handlers() != null) {
            mapper.deleteHandlers(row.id);
            List<Long> ids = changes.handlers();
            for (int i = 0; i < ids.size(); i++) {
                mapper.insertHandler(row.id, ids.get(i), i == 0 ? "LEAD" : "ASSIST");
            }
        }
        if (changes.caseNumberRequested()) {
            numbering.assign(row, java.time.LocalDate.now(clock));
            changes.numberAssigned();
        }
        for (StepResult.Write w : result.writes()) {
            if (w instanceof StepResult.Document d) {
                history.document(row.id, d.code(), d.title(), d.docNo(), before.stage(), actor.userId());
            } else if (w instanceof StepResult.Act a) {
                a.run().run();
            } else if (w instanceof StepResult.Event e) {
                events.publishEvent(e.event());
            }
        }
    }
}
