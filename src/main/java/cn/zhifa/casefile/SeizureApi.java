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

/** REST: 查封扣押 — the head's decision with list and term, one extension, release or handling (decision 0024). */
@RestController
@RequestMapping("/api/cases/{id}/seizures")
@Tag(name = "seizure", description = "查封扣押 — 决定、延长期限、解除、没收/销毁")
class SeizureApi {

    private final SeizureService seizures;

    SeizureApi(SeizureService seizures) {
        this.seizures = seizures;
    }

    record DecisionRequest(SeizureKind kind, @Size(max = Limits.TEXT) String items,
            @Size(max = Limits.PLACE) String place, @Size(max = Limits.TEXT) String reason, int termDays) {
    }

    record ExtensionRequest(int days, @Size(max = Limits.TEXT) String reason) {
    }

    record OutcomeRequest(SeizureOutcome outcome, @Size(max = Limits.TEXT) String reason) {
    }

    @GetMapping
    @Operation(summary = "The case's seizures with their terms, extension and outcome")
    List<Seizure> list(@PathVariable long id) {
        return seizures.ofCase(CurrentActor.get(), id);
    }

    @PostMapping
    @Operation(summary = "A head who is not a handler decides 查封/扣押: list, place, reason, term ≤ 30 days")
    Seizure decide(@PathVariable long id, @Valid @RequestBody DecisionRequest r) {
        return seizures.decide(CurrentActor.get(), id,
                new SeizureService.Decision(r.kind(), r.items(), r.place(), r.reason(), r.termDays()));
    }

    @PostMapping("/{seizureId}/extension")
    @Operation(summary = "The one extension (≤ 30 days, with a reason) before the term runs out")
    Seizure extend(@PathVariable long id, @PathVariable long seizureId, @Valid @RequestBody ExtensionRequest r) {
        seizures.inCase(id, seizureId);
        return seizures.extend(CurrentActor.get(), seizureId, r.days(), r.reason());
    }

    @PostMapping("/{seizureId}/outcome")
    @Operation(summary = "Release (解除), or confiscate/destroy within the term")
    Seizure conclude(@PathVariable long id, @PathVariable long seizureId, @Valid @RequestBody OutcomeRequest r) {
        seizures.inCase(id, seizureId);
        return seizures.conclude(CurrentActor.get(), seizureId, r.outcome(), r.reason());
    }
}
