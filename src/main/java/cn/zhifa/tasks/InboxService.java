package cn.zhifa.tasks;

import cn.zhifa.organization.Action;
import cn.zhifa.organization.Permissions;
import cn.zhifa.organization.RequiresPermission;
import cn.zhifa.organization.Actor;
import cn.zhifa.tasks.internal.Completers;
import cn.zhifa.tasks.internal.CreatedTasks;
import cn.zhifa.tasks.internal.InboxMapper;
import cn.zhifa.tasks.internal.InboxRow;
import cn.zhifa.tasks.internal.InboxWhere;
import cn.zhifa.calendar.DeadlineLights;
import cn.zhifa.tasks.process.TaskEngine;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.PartyGrams;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbox and who may work a task: the assignee, or — while unassigned — a member of the candidate group in the
 * task's unit, or for {@code HANDLER} tasks one of the case's handlers. Claims have one winner: a claim is a
 * conditional update of the read-model row, so a second claimant waits on the row lock and then is refused.
 */
@Service
public class InboxService {

    public static final String GROUP_HANDLER = "HANDLER";

    /**
     * A party filter whose rarest piece is under fewer cases than this reads those cases' open tasks first; a more
     * common piece is tested on the queues' tasks in urgency order (decision 0032 amendment 1). Driving costs ~2 µs a
     * posting at 11 M cases (15,000: ~30 ms); the queue reading stops when the page is full, but reads the whole queue
     * when the officer's tasks hold fewer matches than a page.
     */
    static final int DRIVER_CAP = 15_000;

    /**
     * Transient engine variable set when a procedure step completes a task: the step writes the completion's record
     * entry, so the completion event says so ({@link TaskEvent#viaStep()}).
     */
    public static final String VAR_STEP_COMPLETION = "zhifaStepCompletion";

    private final InboxMapper mapper;
    private final TaskEngine engine;
    private final org.springframework.beans.factory.ObjectProvider<ClaimGuard> claimGuards;
    private final ApplicationEventPublisher events;
    private final DeadlineLights lights;
    private final Clock clock;

    public InboxService(InboxMapper mapper, TaskEngine engine,
            org.springframework.beans.factory.ObjectProvider<ClaimGuard> claimGuards, ApplicationEventPublisher events,
            DeadlineLights lights, Clock clock) {
        this.mapper = mapper;
        this.engine = engine;
        this.claimGuards = claimGuards;
        this.events = events;
        this.lights = lights;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<InboxTask> inbox(Actor actor, int offset, int limit) {
        return inbox(actor, InboxFilter.NONE, offset, limit);
    }

    /** The inbox limited to one procedure (ORDINARY, SUMMARY, COMPLAINT); null: all. */
    @Transactional(readOnly = true)
    public List<InboxTask> inbox(Actor actor, String procedure, int offset, int limit) {
        return inbox(actor, InboxFilter.procedure(procedure), offset, limit);
    }

    /** The inbox by urgency, narrowed by a filter (常用筛选); a malformed filter is refused. */
    @Transactional(readOnly = true)
    public List<InboxTask> inbox(Actor actor, InboxFilter filter, int offset, int limit) {
        int lim = limit <= 0 || limit > 200 ? 50 : limit;
        List<String> roles = List.copyOf(Permissions.candidateGroups(actor));
        return mapper.inbox(actor.userId(), actor.unitId(), roles, where(filter), lim, Math.max(0, offset)).stream()
                .map(InboxService::toTask).toList();
    }

    /**
     * All open tasks of the actor's unit by urgency, narrowed by a filter — for team leaders, heads and supervisors,
     * who 转办 and 催办 the tasks others hold. Read off {@code ix_task_inbox_unit} in index order.
     */
    @Transactional(readOnly = true)
    public List<InboxTask> unitTasks(Actor actor, InboxFilter filter, int offset, int limit) {
        if (!seesUnitTasks(actor)) {
            throw DomainException.forbidden("task.unitTasks.denied");
        }
        int lim = limit <= 0 || limit > 200 ? 50 : limit;
        return mapper.unitTasks(actor.unitId(), where(filter), lim, Math.max(0, offset)).stream()
                .map(InboxService::toTask).toList();
    }

    private InboxWhere where(InboxFilter filter) {
        if (filter == null || filter.isEmpty()) {
            return InboxWhere.NONE;
        }
        InboxFilter f = filter.checked();
        return InboxWhere.of(f, PartyGrams.plan(f.party(), DRIVER_CAP, mapper::partyPostings), LocalDate.now(clock),
                lights);
    }

    /** Whether the actor may list all open tasks of his unit (team leaders, heads, supervisors). */
    public static boolean seesUnitTasks(Actor actor) {
        return actor.has(cn.zhifa.organization.Role.TEAM_LEADER) || actor.isHead()
                || actor.has(cn.zhifa.organization.Role.SUPERVISOR);
    }

    /** The open tasks of a complaint (feature complaint), oldest first. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true) // one statement: no transaction of its own
    public List<InboxTask> openTasksOfComplaint(long complaintId) {
        return mapper.ofComplaint(complaintId).stream().map(InboxService::toTask).toList();
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true) // one statement: no transaction of its own
    public List<InboxTask> openTasksOfCase(long caseId) {
        return mapper.ofCase(caseId).stream().map(InboxService::toTask).toList();
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true) // one statement: no transaction of its own
    public InboxTask task(String taskId) {
        InboxRow row = mapper.find(taskId);
        if (row == null) {
            throw DomainException.notFound("task.notFound", taskId);
        }
        return toTask(row);
    }

    /** Whether the actor could work this task now (assignee, or candidate while unassigned). */
    @Transactional(readOnly = true)
    public boolean canWork(Actor actor, InboxTask task) {
        if (task.assigneeId() != null) {
            return task.assigneeId() == actor.userId();
        }
        return isCandidate(actor, task.caseId(), task.unitId(), task.candidateGroup(), null);
    }

    @RequiresPermission(Action.TASK_CLAIM)
    @Transactional
    public InboxTask claim(Actor actor, String taskId) {
        InboxRow row = lockWorkable(actor, taskId, null);
        TaskRef ref = mapper.ref(taskId);
        claimGuards.orderedStream().forEach(g -> g.check(actor, ref));
        if (row.assigneeId == null) {
            mapper.claimIfFree(taskId, actor.userId());
            engine.setAssignee(taskId, actor.userId());
            publish(TaskEvent.Kind.CLAIMED, row, actor.userId(), actor.userId());
        }
        return task(taskId);
    }

    @RequiresPermission(Action.TASK_CLAIM)
    @Transactional
    public InboxTask unclaim(Actor actor, String taskId) {
        InboxRow row = mapper.findForUpdate(taskId);
        if (row == null) {
            throw DomainException.notFound("task.notFound", taskId);
        }
        if (row.assigneeId == null || row.assigneeId != actor.userId()) {
            throw DomainException.forbidden("task.notAssignee");
        }
        mapper.setAssignee(taskId, null);
        engine.setAssignee(taskId, null);
        publish(TaskEvent.Kind.RETURNED, row, actor.userId(), null);
        return task(taskId);
    }

    /**
     * Locks the task's row for the current transaction and makes sure the actor may complete it. Callers complete
     * the engine task in the same transaction; the completion itself is the claim (no separate engine command).
     */
    @RequiresPermission(Action.TASK_COMPLETE)
    @Transactional
    public void lockForCompletion(Actor actor, String taskId) {
        lockWorkable(actor, taskId, null);
        Completers.set(taskId, actor.userId());
    }

    /**
     * {@link #lockForCompletion(Actor, String)} for a caller that has already read, with the case's lock, whether the
     * actor is a handler of the task's case (a step's load and lock): no second read of the handlers.
     */
    @Transactional
    public void lockForCompletion(Actor actor, String taskId, boolean actorIsHandler) {
        lockWorkable(actor, taskId, actorIsHandler);
        Completers.set(taskId, actor.userId());
    }

    /** The task's identifying columns, without the joins of an inbox row. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true) // one statement: no transaction of its own
    public TaskRef ref(String taskId) {
        TaskRef ref = mapper.ref(taskId);
        if (ref == null) {
            throw DomainException.notFound("task.notFound", taskId);
        }
        return ref;
    }

    /** The open tasks of a case, oldest first, without joins. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true) // one statement: no transaction of its own
    public List<TaskRef> openRefsOfCase(long caseId) {
        return mapper.refsOfCase(caseId);
    }

    /**
     * Runs a step's engine completion of a task of the case and returns the case's open tasks after it, oldest first:
     * what the engine's listener wrote during the completion when the completed task was the case's only open one
     * ({@code onlyOpenTask}, read under the case's lock) and nothing else changed the case's rows, else read (0038).
     */
    public List<TaskRef> completeAndListOpen(long caseId, boolean onlyOpenTask, Runnable completion) {
        List<TaskRef> created = CreatedTasks.during(caseId, completion).openRefs();
        return onlyOpenTask && created != null ? created : mapper.refsOfCase(caseId);
    }

    /**
     * Runs the start of a new case's procedure and returns the tasks it opened: what the engine's listener wrote
     * during the start (the case had no open task before it), else read as {@link #completeAndListOpen} does.
     */
    public List<TaskRef> startAndListOpen(long caseId, Runnable start) {
        return completeAndListOpen(caseId, true, start);
    }

    /** Sets the due date shown on the task in every inbox; null clears it. */
    @Transactional
    public void setDueDate(String taskId, java.time.LocalDate due) {
        CreatedTasks.changed(); // a completion being recorded no longer stands for a read
        mapper.setDueDate(taskId, due);
        mapper.setHandlerQueueDue(taskId, due);
    }

    /**
     * The case's handlers changed (a step named them, or a 转办 of the handlers): its open HANDLER tasks are queued
     * for the new handlers. Called by the case file in the transaction that changed them.
     */
    @Transactional
    public void handlersChanged(long caseId) {
        mapper.deleteHandlerQueueOfCase(caseId);
        mapper.insertHandlerQueueOfCase(caseId);
    }

    /**
     * A handler of the case was replaced (转办 of the handlers, checked and recorded by the case file): the handlers'
     * tasks he held go to his successor, each a {@link TaskEvent.Kind#REASSIGNED} by {@code actorId} with the reason;
     * the handlers' queue follows the new handlers.
     */
    @Transactional
    public void handlerReplaced(long actorId, long caseId, long from, long to, String reason) {
        for (String taskId : mapper.handlerTasksAssignedTo(caseId, from)) {
            InboxRow row = mapper.findForUpdate(taskId);
            mapper.setAssignee(taskId, to);
            engine.setAssignee(taskId, to);
            events.publishEvent(new TaskEvent(TaskEvent.Kind.REASSIGNED, taskId, caseId, row.taskKey, actorId, to,
                    false, java.util.Map.of("reason", reason, "previousAssigneeId", from)));
        }
        handlersChanged(caseId);
    }

    private InboxRow lockWorkable(Actor actor, String taskId, Boolean actorIsHandler) {
        InboxRow row = mapper.findForUpdate(taskId);
        if (row == null) {
            throw DomainException.conflict("task.goneOrDone", taskId);
        }
        if (row.assigneeId != null) {
            if (Objects.equals(row.assigneeId, actor.userId())) {
                return row;
            }
            InboxRow named = mapper.find(taskId);
            throw DomainException.conflict("task.claimedByOther", named == null ? "?" : named.assigneeName);
        }
        if (!isCandidate(actor, row.caseId, row.unitId, row.candidateGroup, actorIsHandler)) {
            throw DomainException.forbidden("task.notCandidate");
        }
        return row;
    }

    private void publish(TaskEvent.Kind kind, InboxRow row, Long actorId, Long assigneeId) {
        if (!InboxTask.PROCEDURE_COMPLAINT.equals(row.procedureType)) {
            events.publishEvent(new TaskEvent(kind, row.taskId, row.caseId, row.taskKey, actorId, assigneeId));
        }
    }

    private boolean isCandidate(Actor actor, long caseId, long unitId, String group, Boolean actorIsHandler) {
        if (group == null) {
            return false;
        }
        if (GROUP_HANDLER.equals(group)) {
            return actorIsHandler != null ? actorIsHandler : mapper.isHandler(caseId, actor.userId());
        }
        if (actor.unitId() != unitId) {
            return false;
        }
        return Permissions.inCandidateGroup(actor, group);
    }

    static InboxTask toTask(InboxRow r) {
        return new InboxTask(r.taskId, r.caseId, r.unitId, r.taskKey, r.candidateGroup, r.assigneeId,
                r.assigneeName, r.createdAt, r.dueDate, r.caseNo, r.partyName, r.itemName, r.stage, r.filedDate,
                r.procedureType == null ? InboxTask.PROCEDURE_ORDINARY : r.procedureType, r.location, r.urgeCount);
    }
}
