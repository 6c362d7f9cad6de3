package cn.zhifa.casefile;

import cn.zhifa.organization.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** REST: 转办 of a case's handlers (承办人) by a team leader or head. */
@RestController
@RequestMapping("/api/cases/{id}/handlers")
@Tag(name = "cases", description = "案件 — ordinary procedure")
class HandlerApi {

    private final HandlerReassignment handlers;

    HandlerApi(HandlerReassignment handlers) {
        this.handlers = handlers;
    }

    /** The body of {@code POST /api/cases/{id}/handlers/reassign}. */
    record ReassignBody(long fromUserId, long toUserId, @Size(max = 500) String reason) {
    }

    @PostMapping("/reassign")
    @Operation(summary = "转办: replace one handler by a qualified officer of the unit, with a reason (team leader, head)")
    List<Handler> reassign(@PathVariable long id, @Valid @RequestBody ReassignBody body) {
        return handlers.reassign(CurrentActor.get(), id, body.fromUserId(), body.toUserId(), body.reason());
    }
}
