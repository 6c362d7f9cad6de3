package cn.zhifa.publication;

import cn.zhifa.shared.StoredText;
import cn.zhifa.organization.Action;
import cn.zhifa.organization.RequiresPermission;
import cn.zhifa.calendar.DeadlineLights;
import cn.zhifa.calendar.Due;
import cn.zhifa.calendar.StatutoryPeriod;
import cn.zhifa.calendar.StatutoryPeriods;
import cn.zhifa.casefile.CaseDecided;
import cn.zhifa.casefile.DecisionChanged;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.Role;
import cn.zhifa.publication.internal.PublicationMapper;
import cn.zhifa.publication.internal.PublicationRow;
import cn.zhifa.publication.process.PublicationWatchEngine;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.shared.TransactionScoped;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The publication pipeline of decisions (行政处罚法 Art. 48; 国办发〔2018〕118号 §二(六)): a draft with the content
 * the rules name and automatic redaction on every decision; review and adjustment by an officer; exclusions with a
 * reason; release within 7 working days (penalties) or 20 (other decisions); withdrawal within 3 working days with a
 * public explanation; takedown after the display period. Every step is a line on the case's timeline. The draft
 * itself is {@link PublicationDrafter}, the watch's questions {@link PublicationAlerts}, the public side
 * {@link PublicDecisions}.
 */
@Service
public class PublicationService {

    public static final String PUBLICATION_WARNING = "PUBLICATION_WARNING";
    public static final String PUBLICATION_OVERDUE = "PUBLICATION_OVERDUE";
    static final int MAX_TEXT = 4000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PublicationMapper mapper;
    private final CaseFileService cases;
    private final StatutoryPeriods periods;
    private final DeadlineLights lights;
    private final PublicationWatchEngine watch;
    private final PublicationSettings settings;
    private final Messages messages;
    private final Clock clock;
    private final RedactionReview redaction;
    private final PublicationDrafter drafter;

    public PublicationService(PublicationMapper mapper, CaseFileService cases, StatutoryPeriods periods,
            DeadlineLights lights, PublicationWatchEngine watch, PublicationSettings settings, Messages messages,
            Clock clock, RedactionReview redaction, PublicationDrafter drafter) {
        this.mapper = mapper;
        this.cases = cases;
        this.periods = periods;
        this.lights = lights;
        this.watch = watch;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
        this.redaction = redaction;
        this.drafter = drafter;
    }

    // ---- the draft ------------------------------------------------------------------------------------------------

    /** Drafts the publication inside the decision's transaction, after the decision's own history line. */
    @Order(TransactionScoped.MAKE) // before the pre-audit, which reads what this makes, and the counters
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    public void onDecided(CaseDecided decided) {
        drafter.draft(decided); // nothing reads the draft back here
    }

    @Transactional
    public Publication draft(CaseDecided decided) {
        return toPublication(mapper.find(drafter.draft(decided)));
    }

    // ---- officers ------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<Publication> queue(Actor actor, Collection<PublicationStatus> statuses, int limit) {
        PublicationChecks.requireStaff(actor);
        return mapper.queue(actor.seesAllUnits() ? null : actor.unitId(),
                statuses == null || statuses.isEmpty() ? EnumSet.allOf(PublicationStatus.class) : statuses,
                limit <= 0 || limit > 1000 ? 500 : limit).stream().map(this::toPublication).toList();
    }

    @Transactional(readOnly = true)
    public Publication get(Actor actor, long id) {
        PublicationChecks.requireStaff(actor);
        return toPublication(readable(actor, mapper.find(id), id));
    }

    @Transactional(readOnly = true)
    public Optional<Publication> ofCase(Actor actor, long caseId) {
        PublicationChecks.requireStaff(actor);
        PublicationRow row = mapper.findByCase(caseId);
        if (row == null || !(actor.seesAllUnits() || row.unitId == actor.unitId())) {
            return Optional.empty();
        }
        return Optional.of(toPublication(row));
    }

    /**
     * 审核: the officer checks the redacted text and may adjust it (more redaction, wording). The adjusted text is
     * scanned again with the case's natural persons: a detected item is refused, named, unless the officer marks it
     * as a false positive with a reason (recorded in the case record). A review can only hide more.
     */
    @RequiresPermission(Action.PUBLICATION_REVIEW)
    @Transactional
    public Publication review(Actor actor, long id, String partyText, String factsText, String note) {
        return review(actor, id, partyText, factsText, note, List.of());
    }

    @RequiresPermission(Action.PUBLICATION_REVIEW)
    @Transactional
    public Publication review(Actor actor, long id, String partyText, String factsText, String note,
            List<FalsePositive> falsePositives) {
        PublicationChecks.requireOfficer(actor);
        PublicationRow row = writable(actor, id);
        PublicationChecks.requireStatus(row, PublicationStatus.DRAFT);
        String party = PublicationChecks.required(partyText, "partyText");
        String facts = PublicationChecks.required(factsText, "factsText");
        if (note != null && note.length() > MAX_TEXT) {
            throw DomainException.invalid("field.tooLong", "note", MAX_TEXT);
        }
        Set<String> allowed = RedactionReview.allowed(row);
        List<Redactor.Finding> detected = redaction.remaining(row.caseId, allowed, party, facts);
        List<FalsePositive> marks = redaction.checkMarks(falsePositives, detected);
        marks.forEach(m -> allowed.add(m.text()));
        RedactionReview.requireNone(detected.stream().filter(f -> !allowed.contains(f.text())).toList());
        boolean changed = !party.equals(row.partyText) || !facts.equals(row.factsText);
        row.partyText = party;
        row.factsText = facts;
        row.redactionAllowed = RedactionReview.json(allowed);
        row.reviewedBy = actor.userId();
        row.reviewedAt = LocalDateTime.now(clock);
        save(row);
        for (FalsePositive m : marks) {
            cases.recordOnTimeline(row.caseId, "PUBLICATION_FALSE_POSITIVE", actor.userId(),
                    StoredText.of("publication.timeline.falsePositive", m.text(), m.reason()).stored());
        }
        String comment = StoredText.label(changed ? "publication.timeline.adjusted" : "publication.timeline.reviewed")
                .noted(note == null ? null : note.trim()).stored();
        cases.recordOnTimeline(row.caseId, changed ? "PUBLICATION_REDACTION_ADJUSTED" : "PUBLICATION_REVIEWED",
                actor.userId(), comment);
        return toPublication(mapper.find(id));
    }

    /** 不予公开: an exclusion with its reason blocks publication. */
    @RequiresPermission(Action.PUBLICATION_REVIEW)
    @Transactional
    public Publication exclude(Actor actor, long id, Exclusion exclusion, String note) {
        PublicationChecks.requireOfficer(actor);
        if (exclusion == null) {
            throw DomainException.invalid("field.required", "exclusion");
        }
        String why = PublicationChecks.required(note, "note");
        PublicationRow row = writable(actor, id);
        PublicationChecks.requireStatus(row, PublicationStatus.DRAFT);
        row.status = PublicationStatus.EXCLUDED;
        row.exclusion = exclusion;
        row.exclusionNote = why;
        save(row);
        cases.recordOnTimeline(row.caseId, "PUBLICATION_EXCLUDED", actor.userId(),
                excluded("publication.exclusion." + exclusion, why));
        return toPublication(mapper.find(id));
    }

    /** A head lifts an exclusion (e.g. the transfer went to another agency, not the police): back to draft. */
    @RequiresPermission(Action.PUBLICATION_HEAD)
    @Transactional
    public Publication liftExclusion(Actor actor, long id, String note) {
        PublicationChecks.requireHead(actor);
        String why = PublicationChecks.required(note, "note");
        PublicationRow row = writable(actor, id);
        PublicationChecks.requireStatus(row, PublicationStatus.EXCLUDED);
        Exclusion was = row.exclusion;
        row.status = PublicationStatus.DRAFT;
        row.exclusion = null;
        row.exclusionNote = null;
        if (row.processInstanceId == null) {
            row.processInstanceId = watch.start(row.id, row.dueDate);
        }
        save(row);
        cases.recordOnTimeline(row.caseId, "PUBLICATION_EXCLUSION_LIFTED", actor.userId(),
                excluded("publication.exclusion." + was, why));
        return toPublication(mapper.find(id));
    }

    /** 发布 by a team leader or head, after an officer's review; late publication is allowed but recorded. */
    @RequiresPermission(Action.PUBLICATION_PUBLISH)
    @Transactional
    public Publication publish(Actor actor, long id) {
        if (!(actor.isHead() || actor.has(Role.TEAM_LEADER))) {
            throw DomainException.forbidden("publication.publishNotAllowed");
        }
        PublicationRow row = writable(actor, id);
        PublicationChecks.requireStatus(row, PublicationStatus.DRAFT);
        if (row.reviewedBy == null) {
            throw DomainException.invalid("publication.notReviewed");
        }
        redaction.requireClean(row);
        LocalDateTime now = LocalDateTime.now(clock);
        row.status = PublicationStatus.PUBLISHED;
        row.publishedAt = now;
        row.publishedDate = now.toLocalDate();
        row.publishedBy = actor.userId();
        row.publishedLate = row.publishedDate.isAfter(row.dueDate);
        row.displayUntil = row.publishedDate.plusYears(settings.displayYears(row.naturalPerson));
        save(row);
        cases.recordOnTimeline(row.caseId, "PUBLICATION_PUBLISHED", actor.userId(),
                StoredText.of(row.publishedLate ? "publication.timeline.publishedLate"
                        : "publication.timeline.published", row.dueDate, row.displayUntil).stored());
        return toPublication(mapper.find(id));
    }

    /**
     * 撤回 (行政处罚法 Art. 48 ¶2): the decision was changed, revoked, confirmed illegal or void on {@code changedOn};
     * the content comes down at once and the public page shows the explanation. Due within 3 working days of
     * {@code changedOn}; a later withdrawal is recorded as late.
     */
    @RequiresPermission(Action.PUBLICATION_HEAD)
    @Transactional
    public Publication withdraw(Actor actor, long id, WithdrawalReason reason, LocalDate changedOn,
            String explanation) {
        PublicationChecks.requireHead(actor);
        if (reason == null) {
            throw DomainException.invalid("field.required", "reason");
        }
        if (changedOn == null) {
            throw DomainException.invalid("field.required", "changedOn");
        }
        String text = PublicationChecks.required(explanation, "explanation");
        PublicationRow row = writable(actor, id);
        PublicationChecks.requireStatus(row, PublicationStatus.PUBLISHED);
        if (changedOn.isAfter(LocalDate.now(clock))) {
            throw DomainException.invalid("date.inFuture", "changedOn");
        }
        takeDown(row, reason, changedOn, text, actor.userId());
        return toPublication(mapper.find(id));
    }

    /**
     * A remedy changed, revoked, confirmed illegal or voided the decision: a published decision comes down at once
     * (well within the 3 working days), with the outcome as its public explanation; a draft is excluded so that it
     * can never be published. Runs in the transaction that records the outcome.
     */
    @EventListener
    public void onDecisionChanged(DecisionChanged changed) {
        PublicationRow found = mapper.findByCase(changed.caseId());
        if (found == null) {
            return;
        }
        PublicationRow row = mapper.findForUpdate(found.id);
        String explanation = messages.get("publication.withdrawal.byRemedy", Messages.ZH_CN,
                messages.get("ui.remedy.kind." + changed.kind(), Messages.ZH_CN), changed.changedOn(),
                messages.get("ui.remedy.outcome." + changed.outcome(), Messages.ZH_CN))
                + (changed.note() == null ? "" : changed.note());
        if (row.status == PublicationStatus.PUBLISHED) {
            takeDown(row, WithdrawalReason.valueOf(changed.outcome().name()), changed.changedOn(), explanation, null);
        } else if (row.status == PublicationStatus.DRAFT) {
            row.status = PublicationStatus.EXCLUDED;
            row.exclusion = Exclusion.DECISION_CHANGED;
            row.exclusionNote = explanation;
            save(row);
            cases.recordOnTimeline(row.caseId, "PUBLICATION_EXCLUDED", null,
                    StoredText.of("text.withNote", StoredText.label("publication.exclusion." + Exclusion.DECISION_CHANGED),
                            StoredText.of("publication.withdrawal.byRemedy", StoredText.label("ui.remedy.kind."
                                    + changed.kind()), changed.changedOn(), StoredText.label("ui.remedy.outcome."
                                    + changed.outcome())).then(changed.note())).stored());
        }
    }

    private void takeDown(PublicationRow row, WithdrawalReason reason, LocalDate changedOn, String text,
            Long actorId) {
        LocalDateTime now = LocalDateTime.now(clock);
        Due due = periods.dueFrom(changedOn, StatutoryPeriod.PUBLICATION_WITHDRAWAL);
        row.status = PublicationStatus.WITHDRAWN;
        row.withdrawalReason = reason;
        row.withdrawalNote = text;
        row.decisionChangedOn = changedOn;
        row.withdrawalDueDate = due.date();
        row.withdrawnAt = now;
        row.withdrawnBy = actorId;
        row.withdrawnLate = now.toLocalDate().isAfter(due.date());
        save(row);
        cases.recordOnTimeline(row.caseId, "PUBLICATION_WITHDRAWN", actorId,
                StoredText.of(row.withdrawnLate ? "publication.timeline.withdrawnLate"
                        : "publication.timeline.withdrawn", StoredText.label("publication.withdrawal." + reason),
                        due.date(), text).stored());
    }

    /** 期满撤下: publications past their display period leave the portal; daily, and callable by tests. */
    @Scheduled(cron = "${zhifa.publication.takedown-cron:0 15 1 * * *}")
    @Transactional
    public int takeDownExpired() {
        LocalDate today = LocalDate.now(clock);
        int n = 0;
        for (long id : mapper.expired(today)) {
            PublicationRow row = mapper.findForUpdate(id);
            if (row == null || row.status != PublicationStatus.PUBLISHED) {
                continue;
            }
            row.status = PublicationStatus.TAKEN_DOWN;
            row.takenDownAt = LocalDateTime.now(clock);
            save(row);
            cases.recordOnTimeline(row.caseId, "PUBLICATION_TAKEN_DOWN", null,
                    StoredText.of("publication.timeline.takenDown", row.displayUntil).stored());
            n++;
        }
        return n;
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private Publication toPublication(PublicationRow r) {
        LocalDate today = LocalDate.now(clock);
        boolean open = r.status == PublicationStatus.DRAFT;
        return new Publication(r.id, r.publicId, r.caseId, r.caseNo, r.status, r.outcome, r.penalty, r.decidedDate,
                r.dueDate, r.dueConfirmed, open ? lights.light(r.dueDate, today) : null,
                open ? lights.workingDaysLeft(r.dueDate, today) : 0, r.docNo, r.bodyName, r.itemName, r.partyText,
                r.factsText, r.basisText, r.conclusionText, r.redactionSummary, r.reviewedBy, r.exclusion,
                r.exclusionNote, r.publishedDate, r.publishedLate, r.displayUntil, r.withdrawalReason,
                r.withdrawalNote, r.withdrawalDueDate, r.withdrawnLate);
    }

    /** An exclusion (or its lifting) as the record states it: its label and the reason (decision 0033). */
    static String excluded(String labelKey, String why) {
        return StoredText.of("text.withNote", StoredText.label(labelKey), why).stored();
    }


    static String newPublicId() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private void save(PublicationRow row) {
        if (mapper.update(row) != 1) {
            throw DomainException.conflict("publication.concurrentChange");
        }
        row.version++;
    }

    private PublicationRow writable(Actor actor, long id) {
        PublicationRow row = readable(actor, mapper.findForUpdate(id), id);
        if (row.unitId != actor.unitId()) {
            throw DomainException.notFound("publication.notFound", id);
        }
        return row;
    }

    private static PublicationRow readable(Actor actor, PublicationRow row, long id) {
        if (row == null || !(actor.seesAllUnits() || row.unitId == actor.unitId())) {
            throw DomainException.notFound("publication.notFound", id);
        }
        return row;
    }
}
