package cn.zhifa.tasks;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import cn.zhifa.organization.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST: my inbox (by urgency), claim and unclaim, 转办, 催办 and 已办. */
@RestController
@RequestMapping("/api/tasks")
@Tag(name = "tasks", description = "待办 — the inbox")
class TaskApi {

    private final InboxService inbox;
    private final TaskCentre centre;
    private final BulkTasks bulk;
    private final SavedFilters filters;

    TaskApi(InboxService inbox, TaskCentre centre, BulkTasks bulk, SavedFilters filters) {
        this.filters = filters;
        this.inbox = inbox;
        this.centre = centre;
        this.bulk = bulk;
    }

    /** The body of {@code POST /api/tasks/bulk}: the verb ({@code CLAIM}, {@code SUMMARY_FILE_RECORD}) and the tasks. */
    record BulkBody(@Size(max = 40) String action,
            @Size(max = BulkTasks.MAX + 1) List<@Size(max = 64) String> taskIds) {
    }

    /** The body of {@code POST /api/tasks/{taskId}/reassign}. */
    record ReassignBody(long toUserId, @Size(max = TaskCentre.MAX_TEXT) String reason) {
    }

    /** The body of {@code POST /api/tasks/{taskId}/urge} (the message is optional). */
    record UrgeBody(@Size(max = TaskCentre.MAX_TEXT) String message) {
    }

    /** A 转办 choice: a qualified officer who may work the task. */
    record Officer(long id, String name) {
    }

    /** The answer of a 催办: the task's count of urges so far. */
    record Urged(String taskId, int urgeCount) {
    }

    @GetMapping
    @Operation(summary = "My tasks and my groups' queue by urgency (own tables, not engine queries); unit=true: all "
            + "open tasks of my unit (team leader, head, supervisor). Narrowed by procedure, step (taskKey), item, "
            + "party (any part of the name), deadline light (RED, YELLOW, GREEN) and handler, or by a saved filter")
    List<InboxTask> mine(@RequestParam(required = false) String procedure,
            @RequestParam(required = false) String taskKey, @RequestParam(required = false) Long itemId,
            @RequestParam(required = false) String party,
            @RequestParam(required = false) cn.zhifa.calendar.DeadlineLight light,
            @RequestParam(required = false) Long handlerId, @RequestParam(required = false) Long savedFilter,
            @RequestParam(defaultValue = "false") boolean unit,
            @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int offset,
            @RequestParam(defaultValue = "50") int limit) {
        InboxFilter f = savedFilter != null ? filters.filter(CurrentActor.get(), savedFilter)
                : new InboxFilter(procedure, taskKey, itemId, party, light, handlerId);
        return unit ? inbox.unitTasks(CurrentActor.get(), f, offset, limit)
                : inbox.inbox(CurrentActor.get(), f, offset, limit);
    }

    @PostMapping("/{taskId}/claim")
    @Operation(summary = "Claim a task (one winner; the loser gets 409 with who holds it)")
    InboxTask claim(@PathVariable String taskId) {
        return inbox.claim(CurrentActor.get(), taskId);
    }

    @GetMapping("/done")
    @Operation(summary = "已办: the tasks I completed, newest first, with each case's current stage")
    List<DoneTask> done(@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int offset,
            @RequestParam(defaultValue = "50") int limit) {
        return centre.done(CurrentActor.get(), offset, limit);
    }

    @GetMapping("/{taskId}/reassign-targets")
    @Operation(summary = "转办 choices: qualified officers of the task's unit who may work it")
    List<Officer> reassignTargets(@PathVariable String taskId) {
        return centre.reassignTargets(CurrentActor.get(), taskId).stream()
                .map(u -> new Officer(u.id(), u.displayName())).toList();
    }

    @PostMapping("/{taskId}/reassign")
    @Operation(summary = "转办: give the task to a qualified officer of the unit, with a reason (team leader, head)")
    InboxTask reassign(@PathVariable String taskId, @Valid @RequestBody ReassignBody body) {
        return centre.reassign(CurrentActor.get(), taskId, body.toUserId(), body.reason());
    }

    @PostMapping("/{taskId}/urge")
    @Operation(summary = "催办: notify the assignee (or the queue), counted (team leader, head, supervisor)")
    Urged urge(@PathVariable String taskId, @Valid @RequestBody(required = false) UrgeBody body) {
        return new Urged(taskId, centre.urge(CurrentActor.get(), taskId, body == null ? null : body.message()));
    }

    @PostMapping("/{taskId}/unclaim")
    @Operation(summary = "Give a claimed task back to the queue")
    InboxTask unclaim(@PathVariable String taskId) {
        return inbox.unclaim(CurrentActor.get(), taskId);
    }

    @PostMapping("/bulk")
    @Operation(summary = "批量: one verb on many tasks (CLAIM 签收, SUMMARY_FILE_RECORD 备案); each task done or refused "
            + "with its reason, the others unaffected")
    List<BulkTasks.Outcome> bulk(@Valid @RequestBody BulkBody body) {
        return bulk.perform(CurrentActor.get(), body.action(), body.taskIds(),
                org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }
}
