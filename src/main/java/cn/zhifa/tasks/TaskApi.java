package cn.zhifa.tasks;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import cn.zhifa.organization.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST: my inbox, claim and unclaim. */
@RestController
@RequestMapping("/api/tasks")
@Tag(name = "tasks", description = "待办 — the inbox")
class TaskApi {

    private final InboxService inbox;

    TaskApi(InboxService inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    @Operation(summary = "My tasks and my groups' queue (own tables, not engine queries)")
    List<InboxTask> mine(@RequestParam(required = false) String procedure,
            @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int offset,
            @RequestParam(defaultValue = "50") int limit) {
        return inbox.inbox(CurrentActor.get(), procedure, offset, limit);
    }

    @PostMapping("/{taskId}/claim")
    @Operation(summary = "Claim a task (one winner; the loser gets 409 with who holds it)")
    InboxTask claim(@PathVariable String taskId) {
        return inbox.claim(CurrentActor.get(), taskId);
    }

    @PostMapping("/{taskId}/unclaim")
    @Operation(summary = "Give a claimed task back to the queue")
    InboxTask unclaim(@PathVariable String taskId) {
        return inbox.unclaim(CurrentActor.get(), taskId);
    }
}
