package cn.zhifa.complaint;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;
import cn.zhifa.organization.CurrentActor;
import cn.zhifa.shared.Plausible;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST: complaint intake, assignment, verification (incl. 诉转案), reply, links and statistics. */
@RestController
@RequestMapping("/api")
@Tag(name = "complaints", description = "投诉举报")
class ComplaintApi {

    private final ComplaintService complaints;

    ComplaintApi(ComplaintService complaints) {
        this.complaints = complaints;
    }

    /** Assignment: an officer of the unit, or a transfer to another unit. */
    record Assignment(Long verifierId, Long transferToUnitId) {
    }

    record SameMatter(long earlierId) {
    }

    @PostMapping("/complaints")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a complaint (12345, walk-in, API); returns possible duplicates")
    ComplaintReceipt intake(@Valid @RequestBody NewComplaint complaint) {
        return complaints.intake(CurrentActor.get(), complaint);
    }

    @GetMapping("/complaints")
    @Operation(summary = "Complaints of my unit (supervisors: all), newest first")
    List<Complaint> search(@RequestParam(required = false) @Size(max = 20) String status,
            @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int offset,
            @RequestParam(defaultValue = "50") int limit) {
        return complaints.search(CurrentActor.get(), status, offset, limit);
    }

    @GetMapping("/complaints/{id}")
    @Operation(summary = "A complaint with its matter, duplicate hints and open tasks")
    ComplaintDetails get(@PathVariable long id) {
        return complaints.details(CurrentActor.get(), id);
    }

    @PostMapping("/complaints/{id}/assign")
    @Operation(summary = "分派 (team leader) or transfer to another unit")
    Complaint assign(@PathVariable long id, @Valid @RequestBody Assignment a) {
        return complaints.assign(CurrentActor.get(), id, a.verifierId(), a.transferToUnitId());
    }

    @PostMapping("/complaints/{id}/verify")
    @Operation(summary = "核查结果: NO_VIOLATION, CORRECTED, SUMMARY (with summaryCaseId), CASE (诉转案)")
    Complaint verify(@PathVariable long id, @Valid @RequestBody Verification v) {
        return complaints.verify(CurrentActor.get(), id, v);
    }

    @PostMapping("/complaints/{id}/reply")
    @Operation(summary = "答复投诉人")
    Complaint reply(@PathVariable long id, @Valid @RequestBody ComplaintReply r) {
        return complaints.reply(CurrentActor.get(), id, r);
    }

    @PostMapping("/complaints/{id}/same-matter")
    @Operation(summary = "Mark as repeating an earlier complaint (shown together)")
    Complaint sameMatter(@PathVariable long id, @Valid @RequestBody SameMatter m) {
        return complaints.linkToMatter(CurrentActor.get(), id, m.earlierId());
    }

    @GetMapping("/cases/{caseId}/complaints")
    @Operation(summary = "The complaints a case came from (诉转案) or settled")
    List<Complaint> ofCase(@PathVariable long caseId) {
        CurrentActor.get();
        return complaints.ofCase(caseId).stream()
                .filter(c -> CurrentActor.get().seesAllUnits() || c.unitId() == CurrentActor.get().unitId()).toList();
    }

    @GetMapping("/statistics/complaints")
    @Operation(summary = "Complaints by channel, outcome and status; how many became cases")
    Map<String, Object> statistics(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Plausible LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Plausible LocalDate to) {
        return complaints.statistics(CurrentActor.get(), from, to);
    }
}
