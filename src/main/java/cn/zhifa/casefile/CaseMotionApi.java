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

/** REST: exits and corrections of a case — 撤销立案 / 终止调查, late decision, 回避 (decision record 0025). */
@RestController
@RequestMapping("/api/cases/{id}")
@Tag(name = "cases", description = "案件 — ordinary procedure")
class CaseMotionApi {

    private final CaseExitService exits;
    private final LateDecisionService late;
    private final RecusalService recusals;

    CaseMotionApi(CaseExitService exits, LateDecisionService late, RecusalService recusals) {
        this.exits = exits;
        this.late = late;
        this.recusals = recusals;
    }

    record RecusalRequest(long subjectUserId, RecusalRole role, RecusalApplicant applicant,
            @Size(max = Limits.TEXT) String reason) {
    }

    record RecusalDecisionRequest(boolean grant, Long successorId, @Size(max = Limits.TEXT) String opinion) {
    }

    record ReasonRequest(@Size(max = Limits.TEXT) String reason) {
    }

    record ExitRequest(CaseExitGround ground, @Size(max = Limits.TEXT) String reason) {
    }

    record DecisionRequest(boolean approve, @Size(max = Limits.TEXT) String opinion) {
    }

    @GetMapping("/motions")
    @Operation(summary = "The case's requests decided by a head: exits, late decisions, recusals")
    List<CaseMotion> motions(@PathVariable long id) {
        return exits.motions(CurrentActor.get(), id);
    }

    @PostMapping("/exit")
    @Operation(summary = "撤销立案 / 终止调查 proposed by a handler on a ground of the fixed list, with reasons")
    CaseMotion proposeExit(@PathVariable long id, @Valid @RequestBody ExitRequest r) {
        return exits.propose(CurrentActor.get(), id, r.ground(), r.reason());
    }

    @PostMapping("/exit/{motionId}/decision")
    @Operation(summary = "A head who is not a handler approves (the case ends) or refuses (with reasons) the exit")
    CaseMotion decideExit(@PathVariable long id, @PathVariable long motionId, @Valid @RequestBody DecisionRequest r) {
        return exits.decide(CurrentActor.get(), id, motionId, r.approve(), r.opinion());
    }

    @PostMapping("/late-decision")
    @Operation(summary = "After the decision period ran out: a head who is not a handler approves a late decision, "
            + "with reasons (reported to supervision)")
    CaseMotion approveLateDecision(@PathVariable long id, @Valid @RequestBody ReasonRequest r) {
        return late.approve(CurrentActor.get(), id, r.reason());
    }

    @PostMapping("/recusals")
    @Operation(summary = "回避 of a handler or the hearing presider: the party's application or the officer's own")
    CaseMotion applyForRecusal(@PathVariable long id, @Valid @RequestBody RecusalRequest r) {
        return recusals.apply(CurrentActor.get(), id, r.subjectUserId(), r.role(), r.applicant(), r.reason());
    }

    @PostMapping("/recusals/{motionId}/decision")
    @Operation(summary = "A head who is not a handler grants (naming the successor) or refuses (with reasons)")
    CaseMotion decideRecusal(@PathVariable long id, @PathVariable long motionId,
            @Valid @RequestBody RecusalDecisionRequest r) {
        return recusals.decide(CurrentActor.get(), id, motionId, r.grant(), r.successorId(), r.opinion());
    }
}
