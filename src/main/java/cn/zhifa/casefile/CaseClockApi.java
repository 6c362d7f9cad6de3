package cn.zhifa.casefile;

import cn.zhifa.organization.CurrentActor;
import cn.zhifa.shared.Limits;
import cn.zhifa.shared.Plausible;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST: a case's statutory deadlines, pauses and extensions; the at-risk overview (preservation: PreservationApi). */
@RestController
@RequestMapping("/api")
@Tag(name = "deadlines", description = "法定期限 — deadlines, pauses, extensions")
class CaseClockApi {

    private final CaseClockService clock;
    private final RemedyService remedies;
    private final DecisionExtensions extensions;
    private final RemedyRedoService redo;

    CaseClockApi(CaseClockService clock, RemedyService remedies, DecisionExtensions extensions,
            RemedyRedoService redo) {
        this.clock = clock;
        this.extensions = extensions;
        this.remedies = remedies;
        this.redo = redo;
    }

    record PauseRequest(@NotNull ClockEventKind kind, @Plausible LocalDate start, @Size(max = Limits.TEXT) String reason) {
    }

    record ResumeRequest(@Plausible LocalDate end) {
    }

    /** {@code resolutionId}: the confirmed deliberation resolution a further extension rests on (decision 0030). */
    record ExtendRequest(@NotNull ClockEventKind kind, @Min(1) @Max(366) int days,
            @Size(max = Limits.TEXT) String reason, Long resolutionId) {
    }

    record RemedyRequest(RemedyKind kind, @Plausible LocalDate filedOn, @Size(max = Limits.PLACE) String body,
            @Size(max = Limits.TEXT) String note) {
    }

    record RemedyOutcomeRequest(@Plausible LocalDate endedOn, RemedyOutcome outcome,
            @Size(max = Limits.TEXT) String note) {
    }


    record RemedyCopyRequest(@Plausible LocalDate receivedOn) {
    }

    record RemedyReplyRequest(@Plausible LocalDate submittedOn, @Size(max = Limits.TEXT) String note) {
    }

    /** {@code days}: the period the body set for the new decision, null when it set none (decision 0029). */
    record RedoRequest(@Plausible LocalDate receivedOn, Integer days) {
    }

    record ChangedFineRequest(java.math.BigDecimal newFine, @Plausible LocalDate servedOn) {
    }

    record HearingRequest(@Plausible LocalDate hearingOn, @Size(max = 100) String attendee, boolean head,
            @Size(max = Limits.TEXT) String headAbsentReason) {
    }

    @GetMapping("/cases/{id}/deadlines")
    @Operation(summary = "Every deadline of the case: start, due, confirmed (calendar data), open, light, days left")
    List<CaseDeadline> deadlines(@PathVariable long id) {
        return clock.deadlines(CurrentActor.get(), id);
    }

    @PostMapping("/cases/{id}/clock/pause")
    @Operation(summary = "Pause the decision clock (hearing, appraisal, suspension) — a head, not a handler")
    List<CaseDeadline> pause(@PathVariable long id, @Valid @RequestBody PauseRequest r) {
        return clock.pause(CurrentActor.get(), id, r.kind(), r.start(), r.reason());
    }

    @PostMapping("/cases/{id}/clock/resume")
    @Operation(summary = "End the running pause")
    List<CaseDeadline> resume(@PathVariable long id, @Valid @RequestBody ResumeRequest r) {
        return clock.resume(CurrentActor.get(), id, r.end());
    }

    @PostMapping("/cases/{id}/clock/extend")
    @Operation(summary = "Extend the decision period: EXTENSION_HEAD (+30), then EXTENSION_COLLECTIVE (≤ +60 in all) "
            + "only with resolutionId, a confirmed deliberation resolution agreeing to extend this case, used once")
    List<CaseDeadline> extend(@PathVariable long id, @Valid @RequestBody ExtendRequest r) {
        return clock.extend(CurrentActor.get(), id, r.kind(), r.days(), r.reason(), r.resolutionId());
    }

    @GetMapping("/cases/{id}/clock/extension-resolutions")
    @Operation(summary = "Confirmed deliberation resolutions agreeing to extend this case, not used yet")
    List<CollectiveDeliberation.ExtensionResolution> extensionResolutions(@PathVariable long id) {
        return extensions.usable(CurrentActor.get(), id);
    }

    @GetMapping("/cases/{id}/remedies")
    @Operation(summary = "行政复议 / 行政诉讼 against the decision, with outcomes")
    List<Remedy> remedies(@PathVariable long id) {
        return remedies.ofCase(CurrentActor.get(), id);
    }

    @PostMapping("/cases/{id}/remedies")
    @Operation(summary = "Record a reconsideration or suit filed: the late-payment surcharge stops accruing")
    Remedy fileRemedy(@PathVariable long id, @Valid @RequestBody RemedyRequest r) {
        return remedies.file(CurrentActor.get(), id, r.kind(), r.filedOn(), r.body(), r.note());
    }

    @PostMapping("/cases/{id}/remedies/{remedyId}/outcome")
    @Operation(summary = "Record how it ended; a changed/revoked/illegal/void decision is withdrawn from publication")
    Remedy concludeRemedy(@PathVariable long id, @PathVariable long remedyId, @Valid @RequestBody RemedyOutcomeRequest r) {
        return remedies.conclude(CurrentActor.get(), id, remedyId, r.endedOn(), r.outcome(), r.note());
    }

    @PostMapping("/cases/{id}/remedies/{remedyId}/copy-received")
    @Operation(summary = "The agency received the copy of the application or complaint: its answer deadline starts")
    Remedy remedyCopyReceived(@PathVariable long id, @PathVariable long remedyId,
            @Valid @RequestBody RemedyCopyRequest r) {
        return remedies.receiveCopy(CurrentActor.get(), id, remedyId, r.receivedOn());
    }

    @PostMapping("/cases/{id}/remedies/{remedyId}/reply")
    @Operation(summary = "The agency submitted its 答复 / 答辩状 with evidence; after the deadline it is flagged late")
    Remedy remedyReply(@PathVariable long id, @PathVariable long remedyId, @Valid @RequestBody RemedyReplyRequest r) {
        return remedies.submitReply(CurrentActor.get(), id, remedyId, r.submittedOn(), r.note());
    }

    @PostMapping("/cases/{id}/remedies/{remedyId}/changed-fine")
    @Operation(summary = "The changed decision's fine and service day: fine, payment deadline and surcharge run anew")
    Remedy changedFine(@PathVariable long id, @PathVariable long remedyId, @Valid @RequestBody ChangedFineRequest r) {
        return remedies.recordChangedFine(CurrentActor.get(), id, remedyId, r.newFine(), r.servedOn());
    }

    @PostMapping("/cases/{id}/remedies/{remedyId}/redo")
    @Operation(summary = "撤销并责令重新作出: the case goes back to investigation for a new decision, with its period")
    CaseFile redo(@PathVariable long id, @PathVariable long remedyId, @Valid @RequestBody RedoRequest r) {
        return redo.orderRedo(CurrentActor.get(), id, remedyId, r.receivedOn(), r.days());
    }

    @GetMapping("/cases/{id}/remedies/hearings")
    @Operation(summary = "Court hearings of suits against the decision and who appeared for the agency (负责人出庭应诉)")
    List<RemedyHearing> remedyHearings(@PathVariable long id) {
        return remedies.hearings(CurrentActor.get(), id);
    }

    @PostMapping("/cases/{id}/remedies/{remedyId}/hearings")
    @Operation(summary = "Record a hearing: a head appeared, or a named official with the reason the head did not")
    RemedyHearing recordHearing(@PathVariable long id, @PathVariable long remedyId,
            @Valid @RequestBody HearingRequest r) {
        return remedies.recordHearing(CurrentActor.get(), id, remedyId, r.hearingOn(), r.attendee(), r.head(),
                r.headAbsentReason());
    }

    @GetMapping("/deadlines/at-risk")
    @Operation(summary = "Open deadlines in the warning window or overdue (supervisors: all units or one)")
    List<CaseClockService.AtRisk> atRisk(@RequestParam(required = false) Long unitId,
            @RequestParam(defaultValue = "200") int limit) {
        return clock.atRisk(CurrentActor.get(), unitId, limit);
    }
}
