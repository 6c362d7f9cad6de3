package cn.zhifa.tasks.process;

import cn.zhifa.tasks.InboxService;
import cn.zhifa.tasks.TaskEvent;
import cn.zhifa.tasks.internal.Completers;
import cn.zhifa.tasks.internal.CreatedTasks;
import cn.zhifa.tasks.internal.InboxMapper;
import cn.zhifa.tasks.internal.InboxRow;
import cn.zhifa.tasks.TaskDueDates;
import cn.zhifa.tasks.TaskRef;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code task_inbox} in step with the engine, in the engine's own transaction: a row on create, the assignee
 * on assignment, removal on complete or delete. Attached to every user task by {@link InboxParseListenerPlugin}, which
 * calls {@link #created} with the task's candidate group as the model names it (decision 0036).
 */
@Component
public class InboxTaskListener implements TaskListener {

    private final InboxMapper mapper;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    /** Every contributor of due dates in order, looked up once on first use. */
    private final java.util.function.Supplier<java.util.List<TaskDueDates>> dueDates;

    public InboxTaskListener(InboxMapper mapper, Clock clock, ApplicationEventPublisher events,
            ObjectProvider<TaskDueDates> dueDates) {
        this.mapper = mapper;
        this.clock = clock;
        this.events = events;
        this.dueDates = org.springframework.util.function.SingletonSupplier.of(() -> dueDates.orderedStream().toList());
    }

    @Override
    public void notify(DelegateTask task) {
        switch (task.getEventName()) {
            case EVENTNAME_ASSIGNMENT -> assigned(task);
            case EVENTNAME_COMPLETE -> completed(task);
            case EVENTNAME_DELETE -> cancelled(task);
            default -> {
            }
        }
    }

    /**
     * A claim or give-back through the inbox has already set the read model (and published its own event); any other
     * change of assignee is published here as the system's.
     */
    private void assigned(DelegateTask task) {
        Long assignee = userId(task.getAssignee());
        CreatedTasks.changed();
        InboxRow row = mapper.eventRef(task.getId());
        mapper.setAssignee(task.getId(), assignee);
        if (row != null && !java.util.Objects.equals(row.assigneeId, assignee)) {
            publish(TaskEvent.Kind.REASSIGNED, row, null, assignee);
        }
    }

    /**
     * Completed: the actor is the assignee (a step's own entry names the actor who completed it). The event is built
     * from the engine's task (same case, key, assignee and procedure as the row), so no read of the row is needed.
     */
    private void completed(DelegateTask task) {
        Long by = Completers.of(task.getId());
        if (by == null) {
            by = userId(task.getAssignee());
        }
        if (by != null) {
            mapper.insertDone(task.getId(), by, LocalDateTime.now(clock)); // 已办 of whoever completed it
        }
        if (mapper.delete(task.getId()) == 0) { // its handlers' queue rows go with it (V391)
            return; // not an inbox task
        }
        InboxRow row = new InboxRow();
        row.taskId = task.getId();
        row.caseId = ((Number) vars(task).getVariable("caseId")).longValue();
        CreatedTasks.removed(row.caseId, row.taskId);
        row.taskKey = task.getTaskDefinitionKey();
        row.assigneeId = userId(task.getAssignee());
        row.procedureType = procedure(vars(task).getVariable(VAR_PROCEDURE));
        publish(TaskEvent.Kind.COMPLETED, row, row.assigneeId, row.assigneeId,
                Boolean.TRUE.equals(vars(task).getVariable(InboxService.VAR_STEP_COMPLETION)));
    }

    /** Deleted without completion (process ended or cancelled). */
    private void cancelled(DelegateTask task) {
        InboxRow row = mapper.eventRef(task.getId());
        mapper.delete(task.getId()); // its handlers' queue rows go with it (V391)
        if (row != null) {
            CreatedTasks.removed(row.caseId, row.taskId);
            publish(TaskEvent.Kind.CANCELLED, row, null, row.assigneeId);
        }
    }

    private void publish(TaskEvent.Kind kind, InboxRow row, Long actorId, Long assigneeId) {
        publish(kind, row, actorId, assigneeId, false);
    }

    private void publish(TaskEvent.Kind kind, InboxRow row, Long actorId, Long assigneeId, boolean viaStep) {
        if (!"COMPLAINT".equals(row.procedureType)) {
            events.publishEvent(new TaskEvent(kind, row.taskId, row.caseId, row.taskKey, actorId, assigneeId,
                    viaStep));
        }
    }

    /** Created; {@code group} is the task's candidate group as the model names it, or null to ask the engine. */
    void created(DelegateTask task, String group) {
        Object caseId = vars(task).getVariable("caseId");
        Object unitId = vars(task).getVariable("unitId");
        if (caseId == null || unitId == null) {
            return; // not a case process: not an inbox task
        }
        if (group == null) {
            group = engineCandidateGroup(task);
        }
        LocalDateTime created = LocalDateTime.now(clock);
        long ofCase = ((Number) caseId).longValue();
        LocalDate due = task.getDueDate() != null
                ? task.getDueDate().toInstant().atZone(clock.getZone()).toLocalDate()
                : dueDates.get().stream().map(d -> d.dueOf(ofCase, task.getTaskDefinitionKey()))
                        .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        long unit = ((Number) unitId).longValue();
        String procedure = procedure(vars(task).getVariable(VAR_PROCEDURE));
        mapper.insert(task.getId(), ofCase, unit, task.getTaskDefinitionKey(), group, userId(task.getAssignee()),
                created, due, procedure);
        if (!"COMPLAINT".equals(procedure)) { // what the case's open tasks now read (a complaint's are not a case's)
            CreatedTasks.created(new TaskRef(task.getId(), ofCase, unit, task.getTaskDefinitionKey(), group,
                    userId(task.getAssignee()), due));
        }
        if (InboxService.GROUP_HANDLER.equals(group)) {
            mapper.insertHandlerQueue(task.getId());
        }
    }

    private static String engineCandidateGroup(DelegateTask task) {
        for (IdentityLink link : task.getCandidates()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                return link.getGroupId();
            }
        }
        return null;
    }

    /**
     * Where a task's variables are read: its execution (the variables live there, the pipeline's transient marker
     * too), so the engine does not query the task's own (empty) local variables first — one statement per task
     * created.
     */
    private static VariableScope vars(DelegateTask task) {
        VariableScope execution = task.getExecution();
        return execution != null ? execution : task;
    }

    /** Process variable naming the procedure of a model's tasks; absent: the ordinary procedure. */
    public static final String VAR_PROCEDURE = "procedure";

    private static String procedure(Object value) {
        return value == null ? "ORDINARY" : value.toString();
    }

    private static Long userId(String assignee) {
        return assignee == null ? null : Long.valueOf(assignee);
    }
}
