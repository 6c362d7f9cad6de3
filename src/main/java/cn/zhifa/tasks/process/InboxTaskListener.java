package cn.zhifa.tasks.process;

import cn.zhifa.tasks.internal.InboxMapper;
import java.time.Clock;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code task_inbox} in step with the engine, in the engine's own transaction: a row on create, the assignee
 * on assignment, removal on complete or delete. Attached to every user task by {@link InboxParseListenerPlugin}.
 */
@Component
public class InboxTaskListener implements TaskListener {

    private final InboxMapper mapper;
    private final Clock clock;

    public InboxTaskListener(InboxMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> created(task);
            case EVENTNAME_ASSIGNMENT -> mapper.setAssignee(task.getId(), userId(task.getAssignee()));
            case EVENTNAME_COMPLETE, EVENTNAME_DELETE -> mapper.delete(task.getId());
            default -> {
            }
        }
    }

    private void created(DelegateTask task) {
        Object caseId = task.getVariable("caseId");
        Object unitId = task.getVariable("unitId");
        if (caseId == null || unitId == null) {
            return; // not a case process: not an inbox task
        }
        String group = null;
        for (IdentityLink link : task.getCandidates()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                group = link.getGroupId();
                break;
            }
        }
        LocalDateTime created = LocalDateTime.now(clock);
        mapper.insert(task.getId(), ((Number) caseId).longValue(), ((Number) unitId).longValue(),
                task.getTaskDefinitionKey(), group, userId(task.getAssignee()), created,
                task.getDueDate() == null ? null
                        : task.getDueDate().toInstant().atZone(clock.getZone()).toLocalDate(),
                procedure(task.getVariable(VAR_PROCEDURE)));
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
