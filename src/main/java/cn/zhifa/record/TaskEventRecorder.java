package cn.zhifa.record;

import cn.zhifa.shared.StoredText;
import cn.zhifa.casefile.CaseOpened;
import cn.zhifa.record.internal.RecordMapper;
import cn.zhifa.tasks.TaskEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what other features announce rather than append: the engine tasks' lifecycle (claimed, given back,
 * reassigned, completed, cancelled — from the listener on every user task) and a user opening a case (at most one
 * {@code CASE_VIEWED} per user and case within {@code zhifa.record.view-interval-minutes}).
 */
@Component
class TaskEventRecorder {

    private final RecordWriter writer;
    private final RecordMapper mapper;
    private final Clock clock;
    private final Duration viewInterval;

    TaskEventRecorder(RecordWriter writer, RecordMapper mapper, Clock clock,
            @Value("${zhifa.record.view-interval-minutes:30}") long viewIntervalMinutes) {
        this.writer = writer;
        this.mapper = mapper;
        this.clock = clock;
        this.viewInterval = Duration.ofMinutes(viewIntervalMinutes);
    }

    @EventListener
    void on(TaskEvent e) {
        if (e.kind() == TaskEvent.Kind.COMPLETED) {
            // a procedure step's completion is recorded once, by the step's own entry (details.taskId)
            if (!e.viaStep()) {
                writer.append(e.caseId(), "TASK_COMPLETED", e.actorId(), (String) null,
                        Map.of("taskId", e.taskId(), "taskKey", e.taskKey()));
            }
            return;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("taskId", e.taskId());
        details.put("taskKey", e.taskKey());
        if (e.assigneeId() != null) {
            details.put("assigneeId", e.assigneeId());
        }
        details.putAll(e.details());
        String action = switch (e.kind()) {
            case CLAIMED -> "TASK_CLAIMED";
            case RETURNED -> "TASK_RETURNED";
            case REASSIGNED -> "TASK_REASSIGNED";
            case URGED -> "TASK_URGED";
            default -> "TASK_CANCELLED";
        };
        Object reason = e.details().get("reason");
        // these entries name the task but are not its completion: append without consuming a pending completion
        writer.append(e.caseId(), action, e.actorId(), reason == null ? null : StoredText.typed(reason.toString()),
                Map.of("task", details));
    }

    @EventListener
    @Transactional
    void on(CaseOpened e) {
        writer.settle(e.caseId());
        LocalDateTime last = mapper.lastAction(e.caseId(), e.actorId(), "CASE_VIEWED");
        if (last != null && last.plus(viewInterval).isAfter(LocalDateTime.now(clock))) {
            return;
        }
        writer.append(e.caseId(), "CASE_VIEWED", e.actorId(), (String) null, Map.of());
    }
}
