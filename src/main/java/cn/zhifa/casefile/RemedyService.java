package cn.zhifa.casefile;

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

    RemedyService(CaseFileMapper cases, RemedyMapper mapper, ClockMapper clockMapper, CaseHistory history,
            Messages messages, ApplicationEventPublisher events, Clock clock) {
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
        return mapper.ofCase(caseId);
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
                label(kind) + "（" + where + "）" + filedOn + (text == null ? "" : " " + text));
        List<Remedy> all = mapper.ofCase(caseId);
        return all.get(all.size() - 1);
    }

    /** The remedy ended on {@code endedOn} with {@code outcome}; a note is required when the decision changes. */
    @RequiresPermission(Action.REMEDY_RECORD)
    @Transactional
    public Remedy conclude(Actor actor, long caseId, long remedyId, LocalDate endedOn, RemedyOutcome outcome,
            String note) {
        CaseRow row = lock(actor, caseId);
        Remedy remedy = mapper.find(remedyId);
        if (remedy == null || remedy.caseId() != caseId) {
            throw DomainException.notFound("remedy.notFound", remedyId);
        }
        if (!remedy.open()) {
            throw DomainException.conflict("remedy.alreadyConcluded");
        }
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
                label(remedy.kind()) + " " + messages.get("ui.remedy.outcome." + outcome, Messages.ZH_CN) + " "
                        + endedOn + (text == null ? "" : " " + text));
        if (outcome.changesDecision()) {
            events.publishEvent(new DecisionChanged(caseId, remedy.kind(), outcome, endedOn, text));
        }
        return mapper.find(remedyId);
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

    private String label(RemedyKind kind) {
        return messages.get("ui.remedy.kind." + kind, Messages.ZH_CN);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
