package cn.zhifa.review;

import cn.zhifa.shared.StoredText;
import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.Duty;
import cn.zhifa.casefile.SeparationOfDuties;
import cn.zhifa.organization.Action;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.Permissions;
import cn.zhifa.organization.RequiresPermission;
import cn.zhifa.organization.Role;
import cn.zhifa.organization.UserAccount;
import cn.zhifa.review.ReviewViews.Qualification;
import cn.zhifa.review.ReviewViews.Recusal;
import cn.zhifa.review.internal.QualificationRow;
import cn.zhifa.review.internal.RecusalRow;
import cn.zhifa.review.internal.ReviewMapper;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Limits;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may review a case (法制审核人员): the reviewers' qualification records (法律职业资格, 行政处罚法 Art. 58 ¶2), the
 * eligibility check at claim and completion (qualified, not a handler, not recused) and recusal (回避) on request,
 * decided by a head.
 */
@Service
public class ReviewerEligibility {

    private final ReviewMapper mapper;
    private final CaseFileService cases;
    private final OrganizationService organization;
    private final Clock clock;

    public ReviewerEligibility(ReviewMapper mapper, CaseFileService cases, OrganizationService organization,
            Clock clock) {
        this.mapper = mapper;
        this.cases = cases;
        this.organization = organization;
        this.clock = clock;
    }

    /**
     * The reviewers' qualification records the actor may see: they carry certificate numbers (personal records), so
     * only the administrator, the reviewer himself and the heads of the reviewer's unit see them.
     */
    @Transactional(readOnly = true)
    public List<Qualification> qualifications(Actor actor) {
        List<Qualification> all = qualifications();
        java.util.Map<Long, Long> units = new java.util.HashMap<>();
        organization.usersByIds(all.stream().map(Qualification::userId).toList())
                .forEach(u -> units.put(u.id(), u.unitId()));
        return all.stream().filter(q -> units.containsKey(q.userId())
                && Permissions.seesPersonalRecords(actor, q.userId(), units.get(q.userId()))).toList();
    }

    /** Every qualification record, unfiltered (demo data and eligibility checks inside this feature). */
    @Transactional(readOnly = true)
    List<Qualification> qualifications() {
        return mapper.qualifications().stream().map(ReviewerEligibility::toQualification).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Qualification> qualification(long userId) {
        return Optional.ofNullable(mapper.qualification(userId)).map(ReviewerEligibility::toQualification);
    }

    /** Records a legal reviewer's qualification (admins only); who and when recorded. */
    @RequiresPermission(Action.REVIEWER_QUALIFICATION_EDIT)
    @Transactional
    public Qualification saveQualification(Actor admin, long userId, String certificateNo, LocalDate appointedOn,
            boolean qualified) {
        OrganizationService.requireAdmin(admin);
        UserAccount user = organization.user(userId);
        if (!user.roles().contains(Role.LEGAL_REVIEWER)) {
            throw DomainException.invalid("review.qualification.notReviewer", user.displayName());
        }
        if (appointedOn == null) {
            throw DomainException.invalid("field.required", "appointedOn");
        }
        if (appointedOn.isAfter(LocalDate.now(clock))) {
            throw DomainException.invalid("date.inFuture", "appointedOn");
        }
        String cert = certificateNo == null || certificateNo.isBlank() ? null : certificateNo.trim();
        if (qualified && cert == null) {
            throw DomainException.invalid("review.qualification.certificateRequired");
        }
        if (cert != null && cert.length() > 60) {
            throw DomainException.invalid("field.tooLong", "certificateNo", 60);
        }
        QualificationRow row = new QualificationRow();
        row.userId = userId;
        row.certificateNo = cert;
        row.appointedOn = appointedOn;
        row.qualified = qualified;
        row.recordedBy = admin.userId();
        row.recordedAt = LocalDateTime.now(clock);
        if (mapper.updateQualification(row) == 0) {
            mapper.insertQualification(row);
        }
        return toQualification(mapper.qualification(userId));
    }

    /**
     * Refuses a reviewer who may not review this case: not a legal reviewer, no qualification record, first engaged
     * after 2021-07-15 without 法律职业资格, a handler of the case, or recused from it. Called at claim and completion.
     */
    @Transactional(readOnly = true)
    public void requireEligibleReviewer(Actor actor, long caseId, Collection<Long> handlerIds) {
        if (!actor.has(Role.LEGAL_REVIEWER)) {
            throw DomainException.forbidden("task.notCandidate");
        }
        SeparationOfDuties.require(Duty.LEGAL_REVIEW, actor.userId(), handlerIds);
        QualificationRow q = mapper.qualification(actor.userId());
        if (q == null) {
            throw DomainException.forbidden("review.reviewer.noQualificationRecord", actor.displayName());
        }
        if (q.appointedOn.isAfter(LegalReviewService.QUALIFICATION_REQUIRED_AFTER)
                && !(q.qualified && q.certificateNo != null)) {
            throw DomainException.forbidden("review.reviewer.unqualified", actor.displayName(), q.appointedOn);
        }
        if (mapper.countGrantedRecusals(caseId, actor.userId()) > 0) {
            throw DomainException.forbidden("review.reviewer.recused", actor.displayName());
        }
    }

    /** A reviewer asks to stand aside, or a handler records the party's request (回避申请). */
    @RequiresPermission(Action.RECUSAL_REQUEST)
    @Transactional
    public Recusal requestRecusal(Actor actor, long caseId, long reviewerId, String reason) {
        CaseFile c = ReviewGuards.workable(cases, actor, caseId);
        boolean isHandler = cases.handlerIds(caseId).contains(actor.userId());
        if (actor.userId() != reviewerId && !isHandler) {
            throw DomainException.forbidden("review.recusal.notAllowed");
        }
        UserAccount reviewer = organization.user(reviewerId);
        if (!reviewer.roles().contains(Role.LEGAL_REVIEWER) || reviewer.unitId() != c.unitId()) {
            throw DomainException.invalid("review.recusal.notReviewer", reviewer.displayName());
        }
        if (mapper.recusals(caseId).stream().anyMatch(r -> r.reviewerId == reviewerId
                && !"REFUSED".equals(r.status))) {
            throw DomainException.conflict("review.recusal.exists", reviewer.displayName());
        }
        RecusalRow row = new RecusalRow();
        row.caseId = caseId;
        row.reviewerId = reviewerId;
        row.requestedBy = actor.userId();
        row.reason = Limits.requiredText(reason, "reason", 2000);
        row.requestedAt = LocalDateTime.now(clock);
        row.status = "REQUESTED";
        mapper.insertRecusal(row);
        cases.recordOnTimeline(caseId, "RECUSAL_REQUESTED", actor.userId(),
                StoredText.of("text.withNote", reviewer.displayName(), row.reason).stored());
        return toRecusal(mapper.recusal(row.id));
    }

    /** A head (not a handler) grants or refuses a recusal request, with a reason. One decision per request. */
    @RequiresPermission(Action.RECUSAL_DECIDE)
    @Transactional
    public Recusal decideRecusal(Actor actor, long recusalId, boolean grant, String reason) {
        RecusalRow row = mapper.recusalForUpdate(recusalId);
        if (row == null) {
            throw DomainException.notFound("review.recusal.notFound", recusalId);
        }
        CaseFile c = ReviewGuards.workable(cases, actor, row.caseId);
        if (!actor.isHead()) {
            throw DomainException.forbidden("auth.headOnly");
        }
        SeparationOfDuties.require(Duty.DECIDE, actor.userId(), cases.handlerIds(row.caseId));
        if (!"REQUESTED".equals(row.status)) {
            throw DomainException.conflict("review.recusal.decided");
        }
        row.status = grant ? "GRANTED" : "REFUSED";
        row.decidedBy = actor.userId();
        row.decisionReason = Limits.requiredText(reason, "reason", 2000);
        row.decidedAt = LocalDateTime.now(clock);
        if (mapper.decideRecusal(row) != 1) {
            throw DomainException.conflict("review.recusal.decided");
        }
        cases.recordOnTimeline(row.caseId, grant ? "RECUSAL_GRANTED" : "RECUSAL_REFUSED",
                actor.userId(), StoredText.of("text.withNote", organization.user(row.reviewerId).displayName(),
                        row.decisionReason).stored());
        return toRecusal(mapper.recusal(recusalId));
    }

    static Qualification toQualification(QualificationRow r) {
        return new Qualification(r.userId, r.displayName, r.certificateNo, r.appointedOn, r.qualified, r.recordedBy,
                r.recordedAt);
    }
    static Recusal toRecusal(RecusalRow r) {
        return new Recusal(r.id, r.caseId, r.reviewerId, r.requestedBy, r.reason, r.status, r.decidedBy,
                r.decisionReason);
    }
}
