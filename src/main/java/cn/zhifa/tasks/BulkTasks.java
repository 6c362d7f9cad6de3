package cn.zhifa.tasks;

import cn.zhifa.organization.Actor;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * 批量: one verb on many open tasks (issue 16 item 1). Not a transaction of its own: each task is acted on through the
 * act's own transactional service, so every task ends done or untouched, and the caller learns which and why.
 */
@Component
public class BulkTasks {

    /** The most tasks one call acts on. */
    public static final int MAX = 100;

    private final List<BulkTaskAction> actions;
    private final InboxService inbox;
    private final Messages messages;

    BulkTasks(List<BulkTaskAction> actions, InboxService inbox, Messages messages) {
        this.actions = List.copyOf(actions);
        this.inbox = inbox;
        this.messages = messages;
    }

    /** What happened to one task: done, or refused with the reason in the reader's language. */
    public record Outcome(String taskId, Long caseId, String caseNo, boolean done, String code, String message) {
    }

    public List<BulkTaskAction> actions() {
        return actions;
    }

    public Optional<BulkTaskAction> action(String id) {
        return actions.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** Acts on each task in turn (duplicates once); refusals do not stop the others. */
    public List<Outcome> perform(Actor actor, String actionId, List<String> taskIds, Locale locale) {
        BulkTaskAction action = action(actionId == null ? "" : actionId)
                .orElseThrow(() -> DomainException.invalid("task.bulk.unknownAction", actionId));
        if (taskIds == null || taskIds.isEmpty()) {
            throw DomainException.invalid("field.required", "taskIds");
        }
        LinkedHashSet<String> ids = new LinkedHashSet<>(taskIds);
        if (ids.size() > MAX) {
            throw DomainException.invalid("task.bulk.tooMany", MAX);
        }
        List<Outcome> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            InboxTask task = null;
            try {
                task = inbox.task(id);
                if (!action.applies(actor, task)) {
                    throw DomainException.invalid("task.bulk.notApplicable",
                            messages.get(action.labelKey(), locale));
                }
                action.perform(actor, task);
                out.add(new Outcome(id, task.caseId(), task.caseNo(), true, null, null));
            } catch (DomainException e) {
                out.add(new Outcome(id, task == null ? null : task.caseId(), task == null ? null : task.caseNo(),
                        false, e.code(), messages.of(e, locale)));
            }
        }
        return out;
    }
}
