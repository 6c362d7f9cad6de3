package cn.zhifa.deliberation;

import cn.zhifa.organization.CurrentActor;
import cn.zhifa.shared.Limits;
import cn.zhifa.tasks.InboxTask;
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

/** REST for heads: the heads' collective deliberation (集体讨论) — the same service calls as the screens. */
@RestController
@RequestMapping("/api")
@Tag(name = "deliberation", description = "集体讨论 — heads' meetings, attendance, votes, resolutions, minutes")
class DeliberationApi {

    private final DeliberationService deliberations;

    DeliberationApi(DeliberationService deliberations) {
        this.deliberations = deliberations;
    }

    record AttendanceRequest(long userId, boolean present, @Size(max = 500) String reason) {
    }

    record DeputyRequest(long deputyId, @Size(max = 500) String note) {
    }

    record ReasonRequest(@Size(max = Limits.TEXT) String reason) {
    }

    @GetMapping("/deliberations/awaiting")
    @Operation(summary = "Cases of my unit waiting for collective deliberation and not on a pending agenda")
    List<InboxTask> awaiting() {
        return deliberations.awaiting(CurrentActor.get());
    }

    @GetMapping("/deliberations")
    List<Meeting> meetings() {
        return deliberations.meetings(CurrentActor.get());
    }

    @PostMapping("/deliberations")
    @Operation(summary = "Convene a meeting (heads): caseIds for their decision, extensions (caseId, days, reason) for "
            + "the extension of their decision period (延长办案期限)")
    Meeting convene(@Valid @RequestBody NewMeeting m) {
        return deliberations.convene(CurrentActor.get(), m);
    }

    @GetMapping("/deliberations/{id}")
    Meeting meeting(@PathVariable long id) {
        return deliberations.meeting(CurrentActor.get(), id);
    }

    @PostMapping("/deliberations/{id}/attendance")
    Meeting attendance(@PathVariable long id, @Valid @RequestBody AttendanceRequest r) {
        return deliberations.recordAttendance(CurrentActor.get(), id, r.userId(), r.present(), r.reason());
    }

    @PostMapping("/deliberations/{id}/deputy")
    @Operation(summary = "Record the head the absent principal head designated")
    Meeting deputy(@PathVariable long id, @Valid @RequestBody DeputyRequest r) {
        return deliberations.designateDeputy(CurrentActor.get(), id, r.deputyId(), r.note());
    }

    @PostMapping("/deliberations/{id}/open-voting")
    @Operation(summary = "Open voting (quorum checked)")
    Meeting openVoting(@PathVariable long id) {
        return deliberations.openVoting(CurrentActor.get(), id);
    }

    @PostMapping("/deliberation-items/{itemId}/vote")
    @Operation(summary = "My own vote and opinion on one agenda item (once)")
    Meeting vote(@PathVariable long itemId, @Valid @RequestBody VoteInput v) {
        return deliberations.vote(CurrentActor.get(), itemId, v);
    }

    @PostMapping("/deliberation-items/{itemId}/resolution")
    @Operation(summary = "Adopt the resolution (chair; quorum and majority checked)")
    Meeting adopt(@PathVariable long itemId, @Valid @RequestBody ResolutionInput r) {
        return deliberations.adopt(CurrentActor.get(), itemId, r);
    }

    @PostMapping("/deliberation-items/{itemId}/no-resolution")
    Meeting noResolution(@PathVariable long itemId, @Valid @RequestBody ReasonRequest r) {
        return deliberations.noResolution(CurrentActor.get(), itemId, r.reason());
    }

    @PostMapping("/deliberations/{id}/confirm")
    @Operation(summary = "Confirm the minutes (each present head, once)")
    Meeting confirm(@PathVariable long id) {
        return deliberations.confirm(CurrentActor.get(), id);
    }

    @GetMapping("/cases/{caseId}/deliberations")
    @Operation(summary = "The meetings that had the case on their agenda")
    List<Meeting> ofCase(@PathVariable long caseId) {
        return deliberations.historyOfCase(CurrentActor.get(), caseId);
    }
}
