package cn.zhifa.casefile;

import cn.zhifa.organization.CurrentActor;
import cn.zhifa.shared.Limits;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** REST: 先行登记保存 — the handler's request (or urgent act), the head's approval, release, handling (0024). */
@RestController
@RequestMapping("/api/cases/{id}/preservations")
@Tag(name = "preservation", description = "先行登记保存 — 申请、负责人批准、紧急情况报批、解除、处理决定")
class PreservationApi {

    private final PreservationService preservations;

    PreservationApi(PreservationService preservations) {
        this.preservations = preservations;
    }

    record Request(@Size(max = Limits.TEXT) String items, @Size(max = Limits.PLACE) String storagePlace,
            @Size(max = Limits.TEXT) String reason, boolean urgent) {
    }

    record Approval(boolean approve, @Size(max = Limits.TEXT) String opinion) {
    }

    record Release(@Size(max = Limits.TEXT) String note) {
    }

    record Decision(PreservationOutcome outcome) {
    }

    @GetMapping
    @Operation(summary = "The case's preservations: requested, urgent, in force, decided")
    List<Preservation> list(@PathVariable long id) {
        return preservations.ofCase(CurrentActor.get(), id);
    }

    @PostMapping
    @Operation(summary = "A handler requests 先行登记保存 (urgent: the act is taken, report to the head within 24 hours)")
    Preservation request(@PathVariable long id, @Valid @RequestBody Request r) {
        return preservations.request(CurrentActor.get(), id, r.items(), r.storagePlace(), r.reason(), r.urgent());
    }

    @PostMapping("/{preservationId}/approval")
    @Operation(summary = "A head who is not a handler approves or refuses; the 7-working-day period runs from approval")
    Preservation approve(@PathVariable long id, @PathVariable long preservationId, @Valid @RequestBody Approval r) {
        preservations.inCase(id, preservationId);
        return preservations.approve(CurrentActor.get(), preservationId, r.approve(), r.opinion());
    }

    @PostMapping("/{preservationId}/release")
    @Operation(summary = "Record the release of items held under an urgent act that was refused or not approved")
    Preservation release(@PathVariable long id, @PathVariable long preservationId, @Valid @RequestBody Release r) {
        preservations.inCase(id, preservationId);
        return preservations.release(CurrentActor.get(), preservationId, r.note());
    }

    @PostMapping("/{preservationId}/decision")
    @Operation(summary = "The handling decision on preserved evidence, within 7 working days of the approval")
    Preservation decide(@PathVariable long id, @PathVariable long preservationId, @Valid @RequestBody Decision r) {
        preservations.inCase(id, preservationId);
        return preservations.decide(CurrentActor.get(), preservationId, r.outcome());
    }
}
