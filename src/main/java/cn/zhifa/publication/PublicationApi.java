package cn.zhifa.publication;

import cn.zhifa.organization.CurrentActor;
import cn.zhifa.shared.Limits;
import cn.zhifa.shared.Plausible;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST for officers: the publications queue, review, exclusions, release, withdrawal; the annual report. */
@RestController
@RequestMapping("/api")
@Tag(name = "publication", description = "行政执法公示 — decision publications and annual statistics")
class PublicationApi {

    private final PublicationService publications;
    private final AnnualReportService reports;

    PublicationApi(PublicationService publications, AnnualReportService reports) {
        this.publications = publications;
        this.reports = reports;
    }

    record ReviewRequest(@Size(max = 200) String partyText, @Size(max = Limits.TEXT) String factsText,
            @Size(max = Limits.TEXT) String note, List<@NotNull @Valid FalsePositive> falsePositives) {
    }

    record ExcludeRequest(Exclusion exclusion, @Size(max = Limits.TEXT) String note) {
    }

    record NoteRequest(@Size(max = Limits.TEXT) String note) {
    }

    record WithdrawRequest(WithdrawalReason reason, @Plausible LocalDate changedOn,
            @Size(max = Limits.TEXT) String explanation) {
    }

    record DraftReportRequest(@Plausible int year) {
    }

    @GetMapping("/publications")
    @Operation(summary = "The unit's publications (drafts first by due date); filter by status")
    List<Publication> queue(@RequestParam(required = false) Set<PublicationStatus> status) {
        return publications.queue(CurrentActor.get(), status, 500);
    }

    @GetMapping("/publications/{id}")
    Publication get(@PathVariable long id) {
        return publications.get(CurrentActor.get(), id);
    }

    @PostMapping("/publications/{id}/review")
    @Operation(summary = "Review and adjust the redacted text (can only hide more); the re-scan refuses a detected "
            + "item unless it is marked as a false positive with a reason")
    Publication review(@PathVariable long id, @Valid @RequestBody ReviewRequest r) {
        return publications.review(CurrentActor.get(), id, r.partyText(), r.factsText(), r.note(),
                r.falsePositives() == null ? List.of() : r.falsePositives());
    }

    @PostMapping("/publications/{id}/exclude")
    Publication exclude(@PathVariable long id, @Valid @RequestBody ExcludeRequest r) {
        return publications.exclude(CurrentActor.get(), id, r.exclusion(), r.note());
    }

    @PostMapping("/publications/{id}/lift-exclusion")
    Publication lift(@PathVariable long id, @Valid @RequestBody NoteRequest r) {
        return publications.liftExclusion(CurrentActor.get(), id, r.note());
    }

    @PostMapping("/publications/{id}/publish")
    Publication publish(@PathVariable long id) {
        return publications.publish(CurrentActor.get(), id);
    }

    @PostMapping("/publications/{id}/withdraw")
    @Operation(summary = "Withdraw (decision changed, revoked, illegal, void): within 3 working days, explained")
    Publication withdraw(@PathVariable long id, @Valid @RequestBody WithdrawRequest r) {
        return publications.withdraw(CurrentActor.get(), id, r.reason(), r.changedOn(), r.explanation());
    }

    @GetMapping("/annual-reports")
    List<AnnualReport> reports() {
        return reports.reports(CurrentActor.get());
    }

    @PostMapping("/annual-reports")
    @Operation(summary = "Draft (or redraft) the annual statistics of a year from the case data")
    AnnualReport draft(@Valid @RequestBody DraftReportRequest r) {
        return reports.draft(CurrentActor.get(), r.year());
    }

    @PostMapping("/annual-reports/{id}/approve")
    AnnualReport approve(@PathVariable long id) {
        return reports.approve(CurrentActor.get(), id);
    }

    @PostMapping("/annual-reports/{id}/publish")
    AnnualReport publishReport(@PathVariable long id) {
        return reports.publish(CurrentActor.get(), id);
    }
}
