package cn.zhifa.casefile;

import cn.zhifa.shared.StoredText;
import cn.zhifa.calendar.StatutoryPeriods;
import cn.zhifa.organization.Action;
import cn.zhifa.organization.RequiresPermission;
import cn.zhifa.casefile.internal.CaseFileMapper;
import cn.zhifa.casefile.internal.CaseRow;
import cn.zhifa.casefile.internal.ClockMapper;
import cn.zhifa.casefile.internal.RemedyMapper;
import cn.zhifa.organization.Actor;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Limits;
import cn.zhifa.shared.Messages;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reconsiderations (行政复议) and suits (行政诉讼) against a decision. While one is open the late-payment surcharge
 * stops accruing (a REMEDY_PENDING clock event); its outcome is recorded, and an outcome that changes, revokes,
 * confirms illegal or voids the decision raises {@link DecisionChanged} so that the publication comes down within 3
 * working days (行政处罚法 Art. 48 ¶2). Remedies may be recorded after archiving: they are later facts about the
 * decision, added to the file; nothing else of an archived case changes.
 */
@Service
public class RemedyService {

    private final CaseFileMapper cases;
    private final RemedyMapper mapper;
    private final ClockMapper clockMapper;
    private final CaseHistory history;
    private final Messages messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final StatutoryPeriods periods;
    private final CaseClockService caseClock;

    RemedyService(CaseFileMapper cases, RemedyMapper mapper, ClockMapper clockMapper, CaseHistory history,
            Messages messages, ApplicationEventPublisher events, Clock clock, StatutoryPeriods periods,
            CaseClockService caseClock) {
        this.periods = periods;
        this.caseClock = caseClock;
        this.cases = cases;
        this.mapper = mapper;
        this.clockMapper = clockMapper;
        this.history = history;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Remedy> ofCase(Actor actor, long caseId) {
        CaseScope.readable(actor, cases.findCase(caseId), caseId);
        return mapper.ofCase(caseId).stream().map(this::withDue).toList();
    }

    /**
     * The agency received the copy of the reconsideration application (from the review body) or of the complaint (from
     * the court) on {@code receivedOn}: its answer is due within the statutory period from then (decision 0027).
     */
    @RequiresPermission(Action.REMEDY_RECORD)
    @Transactional
    public Remedy receiveCopy(Actor actor, long caseId, long remedyId, LocalDate receivedOn) {
        CaseRow row = lock(actor, caseId);
        Remedy remedy = openRemedy(caseId, remedyId);
        if (remedy.copyReceivedOn() != null) {
            throw DomainException.conflict("remedy.copyAlreadyReceived", remedy.copyReceivedOn());
        }
        if (receivedOn == null) {
            throw DomainException.invalid("field.required", "receivedOn");
        }
        if (receivedOn.isBefore(remedy.filedOn()) || receivedOn.isAfter(today())) {
            throw DomainException.invalid("remedy.badReceivedOn", remedy.filedOn());
        }
        if (mapper.copyReceived(remedyId, receivedOn) != 1) {
            throw DomainException.conflict("remedy.alreadyConcluded");
        }
        Remedy after = withDue(mapper.find(remedyId));
        history.record(caseId, row.stage, row.stage, "REMEDY_COPY_RECEIVED", actor.userId(),
                StoredText.of("text.remedy.copyReceived." + remedy.kind(), kind(remedy.kind()), receivedOn,
                        after.replyDue()));
        caseClock.refresh(caseId);
        return after;
    }

    /**
     * The agency submitted its 答复 (reconsideration) or 答辩状 (suit) with its evidence and basis on {@code submittedOn};
     * an answer after the deadline is recorded all the same and flagged late.
     */
    @RequiresPermission(Action.REMEDY_RECORD)
    @Transactional
    public Remedy submitReply(Actor actor, long caseId, long remedyId, LocalDate submittedOn, String note) {
        CaseRow row = lock(actor, caseId);
        Remedy remedy = openRemedy(caseId, remedyId);
        if (remedy.copyReceivedOn() == null) {
            throw DomainException.invalid("remedy.noCopyReceived");
        }
        if (remedy.replySubmittedOn() != null) {
            throw DomainException.conflict("remedy.replyAlreadySubmitted", remedy.replySubmittedOn());
        }
        if (submittedOn == null) {
            throw DomainException.invalid("field.required", "submittedOn");
        }
        if (submittedOn.isBefore(remedy.copyReceivedOn()) || submittedOn.isAfter(today())) {
            throw DomainException.invalid("remedy.badSubmittedOn", remedy.copyReceivedOn());
        }
        String text = note == null || note.isBlank() ? null : Limits.requiredText(note, "note", 2000);
        if (mapper.replySubmitted(remedyId, submittedOn, text) != 1) {
            throw DomainException.conflict("remedy.alreadyConcluded");
        }
        Remedy after = withDue(mapper.find(remedyId));
        history.record(caseId, row.stage, row.stage, after.replyLate() ? "REMEDY_REPLY_LATE" : "REMEDY_REPLY_SUBMITTED",
                actor.userId(), StoredText.of("text.remedy.replied." + remedy.kind()
                        + (after.replyLate() ? ".late" : ""), kind(remedy.kind()), submittedOn, after.replyDue())
                        .then(text));
        caseClock.refresh(caseId);
        return after;
    }
    /** The party applied for reconsideration or sued on {@code filedOn}, before {@code body} (复议机关 / 人民法院). */
    @RequiresPermission(Action.REMEDY_RECORD)
    @Transactional
    public Remedy file(Actor actor, long caseId, RemedyKind kind, LocalDate filedOn, String body, String note) {
        CaseRow row = lock(actor, caseId);
        if (kind == null) {
            throw DomainException.invalid("field.required", "kind");
        }
        String where = Limits.requiredText(body, "body", 200);
        if (filedOn == null) {
            throw DomainException.invalid("field.required", "filedOn");
        }
        if (filedOn.isAfter(today()) || filedOn.isBefore(row.decidedDate)) {
            throw DomainException.invalid("remedy.badFiledOn", row.decidedDate);
        }
        if (mapper.ofCase(caseId).stream().anyMatch(Remedy::open)) {
            throw DomainException.invalid("remedy.alreadyOpen");
        }
        String text = note == null || note.isBlank() ? null : Limits.requiredText(note, "note", 2000);
        LocalDateTime now = LocalDateTime.now(clock);
        mapper.insert(caseId, kind, filedOn, where, text, actor.userId(), now);
        // the surcharge pauses while the remedy is open (行政处罚法 Art. 73 ¶3)
        clockMapper.insertEvent(caseId, ClockEventKind.REMEDY_PENDING, filedOn, null, null,
                label(kind) + " " + where, actor.userId(), actor.userId(), now);
        history.record(caseId, row.stage, row.stage, "REMEDY_FILED", actor.userId(),
                StoredText.of("text.remedy.filed", kind(kind), where, filedOn).then(text));
        caseClock.refresh(caseId);
        List<Remedy> all = mapper.ofCase(caseId);
        return all.get(all.size() - 1);
    }

    /** The remedy ended on {@code endedOn} with {@code outcome}; a note is required when the decision changes. */
    @RequiresPermission(Action.REMEDY_RECORD)
    @Transactional
    public Remedy conclude(Actor actor, long caseId, long remedyId, LocalDate endedOn, RemedyOutcome outcome,
            String note) {
        CaseRow row = lock(actor, caseId);
        Remedy remedy = openRemedy(caseId, remedyId);
        if (outcome == null) {
            throw DomainException.invalid("field.required", "outcome");
        }
        if (endedOn == null) {
            throw DomainException.invalid("field.required", "endedOn");
        }
        if (endedOn.isBefore(remedy.filedOn()) || endedOn.isAfter(today())) {
            throw DomainException.invalid("remedy.badEndedOn", remedy.filedOn());
        }
        String text = outcome.changesDecision() ? Limits.requiredText(note, "note", 2000)
                : note == null || note.isBlank() ? null : Limits.requiredText(note, "note", 2000);
        if (mapper.conclude(remedyId, endedOn, outcome, text, actor.userId(), LocalDateTime.now(clock)) != 1) {
            throw DomainException.conflict("remedy.alreadyConcluded");
        }
        clockMapper.events(caseId).stream()
                .filter(e -> e.kind() == ClockEventKind.REMEDY_PENDING && e.end() == null)
                .forEach(e -> clockMapper.closePause(e.id(), endedOn));
        history.record(caseId, row.stage, row.stage, "REMEDY_CONCLUDED", actor.userId(),
                StoredText.of("text.remedy.concluded", kind(remedy.kind()),
                        StoredText.label("ui.remedy.outcome." + outcome), endedOn).then(text));
        if (outcome.changesDecision()) {
            events.publishEvent(new DecisionChanged(caseId, remedy.kind(), outcome, endedOn, text));
        }
        caseClock.refresh(caseId);
        return withDue(mapper.find(remedyId));
    }

    /**
     * The decision was changed (变更) and the changed decision, imposing {@code newFine}, was served on {@code servedOn}:
     * the fine owed becomes the new one, the 15-day payment period and then the surcharge (capped at the new fine) run
     * from that service; payments made count against it, an overpayment is to be refunded. The body may not make it
     * heavier for the party (行政复议法 Art. 63 ¶2; 行政诉讼法 Art. 77 ¶2). Decision record 0027.
     */
    @RequiresPermission(Action.REMEDY_RECORD)
    @Transactional
    public Remedy recordChangedFine(Actor actor, long caseId, long remedyId, java.math.BigDecimal newFine,
            LocalDate servedOn) {
        CaseRow row = lock(actor, caseId);
        Remedy remedy = found(caseId, remedyId);
        if (remedy.outcome() != RemedyOutcome.CHANGED) {
            throw DomainException.invalid("remedy.notChanged");
        }
        if (remedy.changedFine() != null) {
            throw DomainException.conflict("remedy.changeAlreadyRecorded", remedy.changedFine().toPlainString());
        }
        if (!ExecutionFacts.applies(row)) {
            throw DomainException.invalid("execution.notAFineCase");
        }
        if (newFine == null || newFine.signum() < 0 || newFine.scale() > 2) {
            throw DomainException.invalid("remedy.badChangedFine");
        }
        if (newFine.compareTo(row.decidedFine) > 0) {
            throw DomainException.invalid("remedy.changeHeavier", row.decidedFine.toPlainString());
        }
        if (servedOn == null || servedOn.isBefore(remedy.endedOn()) || servedOn.isAfter(today())) {
            throw DomainException.invalid("remedy.badChangedServedOn", remedy.endedOn());
        }
        java.math.BigDecimal fine = newFine.setScale(2);
        if (mapper.changeFine(remedyId, fine, servedOn) != 1) {
            throw DomainException.conflict("remedy.changeAlreadyRecorded", fine.toPlainString());
        }
        history.record(caseId, row.stage, row.stage, "REMEDY_FINE_CHANGED", actor.userId(),
                StoredText.of("text.remedy.fineChanged", kind(remedy.kind()), row.decidedFine, fine, servedOn,
                        periods.dueFrom(servedOn, cn.zhifa.calendar.StatutoryPeriod.PAYMENT).date()));
        caseClock.refresh(caseId);
        return withDue(mapper.find(remedyId));
    }

    /** The hearings of the suits against the case's decision, with who appeared for the agency. */
    @Transactional(readOnly = true)
    public List<RemedyHearing> hearings(Actor actor, long caseId) {
        CaseScope.readable(actor, cases.findCase(caseId), caseId);
        return mapper.hearings(caseId);
    }

    /**
     * A court hearing of a suit on {@code hearingOn} and who appeared for the agency (负责人出庭应诉, 行政诉讼法 Art. 3
     * ¶3): a head of the unit ({@code head}), or another named official — then the reason the head did not appear is
     * required. Recorded also after the judgment (a fact of the file), never after it nor before the suit was filed.
     */
    @RequiresPermission(Action.REMEDY_RECORD)
    @Transactional
    public RemedyHearing recordHearing(Actor actor, long caseId, long remedyId, LocalDate hearingOn, String attendee,
            boolean head, String headAbsentReason) {
        CaseRow row = lock(actor, caseId);
        Remedy remedy = found(caseId, remedyId);
        if (remedy.kind() != RemedyKind.LITIGATION) {
            throw DomainException.invalid("remedy.hearingOnlyInSuit");
        }
        if (hearingOn == null) {
            throw DomainException.invalid("field.required", "hearingOn");
        }
        LocalDate latest = remedy.open() ? today() : remedy.endedOn();
        if (hearingOn.isBefore(remedy.filedOn()) || hearingOn.isAfter(latest)) {
            throw DomainException.invalid("remedy.badHearingOn", remedy.filedOn(), latest);
        }
        String who = Limits.requiredText(attendee, "attendee", 100);
        String why = head ? null : Limits.requiredText(headAbsentReason, "headAbsentReason", 2000);
        mapper.insertHearing(remedyId, caseId, hearingOn, who, head, why, actor.userId(), LocalDateTime.now(clock));
        history.record(caseId, row.stage, row.stage, head ? "REMEDY_HEARING_HEAD" : "REMEDY_HEARING_DELEGATE",
                actor.userId(), head ? StoredText.of("text.remedy.hearingHead", hearingOn, who)
                        : StoredText.of("text.remedy.hearingDelegate", hearingOn, who, why));
        List<RemedyHearing> all = mapper.hearings(caseId);
        return all.stream().max(java.util.Comparator.comparingLong(RemedyHearing::id)).orElseThrow();
    }

    private Remedy found(long caseId, long remedyId) {
        Remedy remedy = mapper.find(remedyId);
        if (remedy == null || remedy.caseId() != caseId) {
            throw DomainException.notFound("remedy.notFound", remedyId);
        }
        return remedy;
    }

    private Remedy openRemedy(long caseId, long remedyId) {
        Remedy remedy = found(caseId, remedyId);
        if (!remedy.open()) {
            throw DomainException.conflict("remedy.alreadyConcluded");
        }
        return remedy;
    }

    private Remedy withDue(Remedy r) {
        return r.copyReceivedOn() == null ? r
                : r.withReplyDue(periods.dueFrom(r.copyReceivedOn(), r.kind().replyPeriod()).date());
    }

    private CaseRow lock(Actor actor, long caseId) {
        CaseRow row = CaseScope.workable(actor, cases.findCaseForUpdate(caseId), caseId);
        boolean handler = cases.findHandlers(caseId).stream().anyMatch(h -> h.userId == actor.userId());
        if (!(handler || actor.isHead())) {
            throw DomainException.forbidden("remedy.handlersOrHeads");
        }
        if (row.decidedDate == null) {
            throw DomainException.invalid("remedy.notDecided");
        }
        return row;
    }

    private static StoredText kind(RemedyKind kind) {
        return StoredText.label("ui.remedy.kind.", kind);
    }

    private String label(RemedyKind kind) {
        return messages.get("ui.remedy.kind." + kind, Messages.ZH_CN);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
