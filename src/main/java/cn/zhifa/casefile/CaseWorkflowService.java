package cn.zhifa.casefile;

import cn.zhifa.casefile.internal.CaseFileMapper;
import cn.zhifa.casefile.internal.CaseRow;
import cn.zhifa.casefile.internal.ClockMapper;
import cn.zhifa.casefile.process.OrdinaryProcedureEngine;
import cn.zhifa.organization.Actor;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.TransactionReadCache;
import cn.zhifa.tasks.InboxService;
import cn.zhifa.tasks.TaskRef;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.transaction.annotation.Transactional;

/**
 * The step pipeline: completes one step of the ordinary procedure in one transaction, in declared phases —
 * (1) load and lock the case and the task, once; (2) guards; (3) the step's {@link Step#apply}, which writes nothing;
 * (4) persist the step's writes: handlers, case number, its writes in their order (documents register, other
 * modules' acts, events); (5) complete the engine task (marked as a step's completion, so the engine listener does
 * not record it again; the new tasks' inbox rows carry their due dates, {@link StepDueDates}); (6) projections in
 * order: inbox (kept by the engine listener during 5), stage together with only the changed columns of the case (one
 * UPDATE), the record entry (once, from the step's result), deadlines. Refused at any phase: nothing happens at all.
 * The UI, the REST API and the tests all come through here; the steps are in the {@link StepCatalogue}.
 */
@org.springframework.stereotype.Service
public class CaseWorkflowService {

    private final CaseFileMapper mapper;
    private final ClockMapper clockMapper;
    private final InboxService inbox;
    private final OrdinaryProcedureEngine engine;
    private final CaseClockService caseClock;
    private final StepWrites writes;
    private final CaseHistory history;
    private final StepGuards guards;
    private final StepCatalogue catalogue;
    private final StepDueDates dueDates;
    private final Clock clock;

    CaseWorkflowService(CaseFileMapper mapper, ClockMapper clockMapper, InboxService inbox,
            OrdinaryProcedureEngine engine, CaseClockService caseClock, StepWrites writes, CaseHistory history,
            StepGuards guards, StepCatalogue catalogue, StepDueDates dueDates, Clock clock) {
        this.mapper = mapper;
        this.clockMapper = clockMapper;
        this.inbox = inbox;
        this.engine = engine;
        this.caseClock = caseClock;
        this.writes = writes;
        this.history = history;
        this.guards = guards;
        this.catalogue = catalogue;
        this.dueDates = dueDates;
        this.clock = clock;
    }

    @Transactional
    public CaseFile complete(Actor actor, String taskId, StepPayload payload) {
        if (payload == null) {
            throw DomainException.invalid("field.required", "payload");
        }
        // 1. load and lock
        CaseRow row = lockOpenStep(mapper, actor, taskId);
        keepAsRead(row);
        String taskKey = row.lockedTaskKey;
        Step<?> step = catalogue.step(taskKey).orElse(null);
        if (step == null || !step.payloadType().isInstance(payload)) {
            throw DomainException.invalid("task.wrongPayload",
                    step == null ? "?" : step.payloadType().getSimpleName());
        }
        inbox.lockForCompletion(actor, taskId, row.actorHandlerCount > 0);
        CaseFile before = CaseFileService.toCase(row);
        // 2. guards
        guards.check(actor, before, taskKey, payload);
        // 3. apply
        CaseChanges changes = new CaseChanges(row);
        StepContext<?> context = new StepContext<>(actor, taskId, taskKey, payload, before, changes, mapper,
                clockMapper, caseClock, clock);
        StepResult result = apply(step, context);
        // 4. persist the step's writes: handlers, case number, documents, acts and events in their order
        List<CaseRecord.Entry> entries = writes.persist(actor, before, changes, result);
        // 5. complete the engine task; its new tasks' inbox rows are written with their due dates
        // the clock's events as the step read them, unless an act or event of the step may have added one (a pause)
        boolean acts = result.writes().stream().anyMatch(w -> !(w instanceof StepResult.Document));
        List<ClockEvent> events = acts ? null : context.clockEventsIfRead();
        List<TaskRef> open; // 6. projections: the open tasks after it (as the listener wrote them, or read)
        try {
            open = inbox.completeAndListOpen(row.id, row.openTaskCount == 1,
                    () -> dueDates.completing(row, events, () -> engine.completeStep(taskId, result.variables())));
        } catch (OptimisticLockingException e) {
            throw DomainException.conflict("task.goneOrDone", taskId);
        }
        // Stage: the open step's, or what the step or the archive delegate set; written with the step's changed
        // columns in one UPDATE. Then the record entry, then the deadlines.
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
            keepAsRead(row); // what the documents and the pre-audit read of the case: the row just written
        }
        CaseRecord.Entry own = history.entry(before.stage(), after.stage, result.action(), actor.userId(),
                result.comment(changes), CaseDiff.step(taskId, taskKey, before, CaseFileService.toCase(after)));
        entries.add(new CaseRecord.Entry(own.action(), own.actorId(), own.summary(), own.details(), after.stage));
        history.append(row.id, entries); // the step's documents and its own entry: one append
        caseClock.refresh(after, open, events);
        return CaseFileService.toCase(after);
    }

    /**
     * The case of an open task, locked with the task's key and whether the actor is a handler, in the actor's data
     * scope and not read-only — what completing a step and sending it back (退回) both start from.
     */
    static CaseRow lockOpenStep(CaseFileMapper mapper, Actor actor, String taskId) {
        CaseRow locked = mapper.findCaseOfTaskForUpdate(taskId, actor.userId()); // the task's case, key, handler
        if (locked == null) {
            throw DomainException.notFound("task.notFound", taskId);
        }
        CaseRow row = CaseScope.workable(actor, locked, locked.id);
        if (row.stage.isTerminal()) {
            throw DomainException.invalid("case.readOnly", row.caseNo);
        }
        return row;
    }

    /** Keeps the row, as locked or as just written, as the transaction's {@code findCase} of it (decision 0038). */
    private static void keepAsRead(CaseRow row) {
        TransactionReadCache.keep(CaseFileMapper.class.getName() + ".findCase", row.id, row.asStored());
    }

    @SuppressWarnings("unchecked")
    private static <P extends StepPayload> StepResult apply(Step<P> step, StepContext<?> context) {
        StepResult result = step.apply((StepContext<P>) context);
        if (result == null || result.action() == null) {
            throw new IllegalStateException("step " + step.getClass().getSimpleName() + " returned no action");
        }
        return result;
    }
}
