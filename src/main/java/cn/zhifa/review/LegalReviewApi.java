package cn.zhifa.review;

import cn.zhifa.organization.CurrentActor;
import cn.zhifa.review.ReviewViews.Overview;
import cn.zhifa.review.ReviewViews.Qualification;
import cn.zhifa.review.ReviewViews.QueueEntry;
import cn.zhifa.review.ReviewViews.Recusal;
import cn.zhifa.shared.Limits;
import cn.zhifa.shared.Plausible;
import cn.zhifa.tasks.InboxTask;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** REST: legal review (法制审核) — requirements of a case, reviewers' queue, catalogue, qualification, recusal. */
@RestController
@RequestMapping("/api")
@Tag(name = "legal-review", description = "法制审核、听证、集体讨论触发 — review, hearing, deliberation triggers")
class LegalReviewApi {

    private final LegalReviewService reviews;
    private final ReviewerEligibility reviewers;

    LegalReviewApi(LegalReviewService reviews, ReviewerEligibility reviewers) {
        this.reviews = reviews;
        this.reviewers = reviewers;
    }

    record QualificationRequest(@Size(max = 60) String certificateNo, @Plausible LocalDate appointedOn,
            boolean qualified) {
    }

    record RecusalRequest(long reviewerId, @Size(max = Limits.TEXT) String reason) {
    }

    record RecusalDecision(boolean grant, @Size(max = Limits.TEXT) String reason) {
    }

    record ExtensionRequest(@Size(max = Limits.TEXT) String reason) {
    }

    @GetMapping("/cases/{id}/review")
    @Operation(summary = "Whether review, hearing and deliberation are required and why; review rounds with the "
            + "checklist; the advance notice as served; the hearing; recusals")
    Overview overview(@PathVariable long id) {
        return reviews.overview(CurrentActor.get(), id);
    }

    @GetMapping("/review/queue")
    @Operation(summary = "Open legal reviews of my unit with due dates and lights (recused cases left out)")
    List<QueueEntry> queue() {
        return reviews.queue(CurrentActor.get());
    }

    @PostMapping("/review/tasks/{taskId}/claim")
    @Operation(summary = "Claim a legal review: qualified, not a handler, not recused")
    InboxTask claim(@PathVariable String taskId) {
        return reviews.claim(CurrentActor.get(), taskId);
    }

    @PostMapping("/cases/{id}/review/extension")
    @Operation(summary = "Extend the open review round once (a head, not a handler)")
    LocalDate extend(@PathVariable long id, @Valid @RequestBody ExtensionRequest r) {
        return reviews.extendReview(CurrentActor.get(), id, r.reason());
    }

    @GetMapping("/review/catalogue")
    @Operation(summary = "The major-decision catalogue (法制审核目录清单)")
    List<CatalogueRule> catalogue() {
        return reviews.catalogue();
    }

    @PostMapping("/review/catalogue")
    @Operation(summary = "Add (id null) or change a catalogue rule — admins")
    CatalogueRule saveRule(@Valid @RequestBody CatalogueRule rule) {
        return reviews.saveRule(CurrentActor.get(), rule);
    }

    @GetMapping("/review/qualifications")
    @Operation(summary = "Legal reviewers' qualification records")
    List<Qualification> qualifications() {
        return reviewers.qualifications(CurrentActor.get());
    }

    @PutMapping("/review/qualifications/{userId}")
    @Operation(summary = "Record a reviewer's qualification (法律职业资格 certificate, date appointed) — admins")
    Qualification saveQualification(@PathVariable long userId, @Valid @RequestBody QualificationRequest r) {
        return reviewers.saveQualification(CurrentActor.get(), userId, r.certificateNo(), r.appointedOn(),
                r.qualified());
    }

    @PostMapping("/cases/{id}/review/recusals")
    @Operation(summary = "Request a reviewer's recusal (回避): the reviewer, or a handler for the party")
    Recusal requestRecusal(@PathVariable long id, @Valid @RequestBody RecusalRequest r) {
        return reviewers.requestRecusal(CurrentActor.get(), id, r.reviewerId(), r.reason());
    }

    @PostMapping("/review/recusals/{recusalId}/decision")
    @Operation(summary = "Grant or refuse a recusal request — a head, not a handler")
    Recusal decideRecusal(@PathVariable long recusalId, @Valid @RequestBody RecusalDecision r) {
        return reviewers.decideRecusal(CurrentActor.get(), recusalId, r.grant(), r.reason());
    }
}
