package cn.zhifa.casefile;

import cn.zhifa.shared.StoredText;
import cn.zhifa.calendar.Due;
import cn.zhifa.calendar.Period;
import cn.zhifa.calendar.StatutoryPeriod;
import cn.zhifa.calendar.StatutoryPeriods;
import cn.zhifa.calendar.WorkingDayCalendar;
import cn.zhifa.casefile.internal.CaseFileMapper;
import cn.zhifa.casefile.internal.CaseRow;
import cn.zhifa.casefile.internal.SeizureMapper;
import cn.zhifa.casefile.internal.SeizureMapper.SeizureRow;
import cn.zhifa.organization.Action;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.RequiresPermission;
import cn.zhifa.shared.DomainException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 查封、扣押 (行政强制法 Art. 18–19, 24–25, 27–28) decided in the system by a head of the case's unit who is not a
 * handler: the decision with its list, place, reason and term (≤ 30 days, calendar days by Art. 69), kept behind the
 * audio-video gate of the act; one extension (≤ 30 days, with a reason) before the term runs out; then release (解除) or
 * a handling decision (没收、销毁) within the term — after it only release (Art. 28(4)). The term is a deadline of the
 * case, warned and overdue like the others (decision 0024).
 */
@Service
public class SeizureService {

    private final SeizureMapper mapper;
    private final CaseFileMapper cases;
    private final StatutoryPeriods periods;
    private final WorkingDayCalendar calendar;
    private final CaseHistory history;
    private final StepGuards guards;
    private final CaseClockService clockService;
    private final Clock clock;

    SeizureService(SeizureMapper mapper, CaseFileMapper cases, StatutoryPeriods periods, WorkingDayCalendar calendar,
            CaseHistory history, StepGuards guards, CaseClockService clockService, Clock clock) {
        this.mapper = mapper;
        this.cases = cases;
        this.periods = periods;
        this.calendar = calendar;
        this.history = history;
        this.guards = guards;
        this.clockService = clockService;
        this.clock = clock;
    }

    /** What a head decides: 查封 or 扣押 of the listed items at a place, for a reason and a term in days. */
    public record Decision(SeizureKind kind, String items, String place, String reason, int termDays) {
    }

    /** The head's 查封/扣押 decision; the term runs from today. */
    @RequiresPermission(Action.SEIZURE_DECIDE)
    @Transactional
    public Seizure decide(Actor actor, long caseId, Decision d) {
        CaseRow row = headCase(actor, caseId);
        if (row.filedDate == null) {
            throw DomainException.invalid("seizure.notFiled");
        }
        if (d == null || d.kind() == null || blank(d.items()) || blank(d.place())) {
            throw DomainException.invalid("seizure.incomplete");
        }
        if (blank(d.reason())) {
            throw DomainException.invalid("seizure.reasonRequired");
        }
        int max = periods.of(StatutoryPeriod.SEIZURE).amount();
        if (d.termDays() < 1 || d.termDays() > max) {
            throw DomainException.invalid("seizure.badTerm", max);
        }
        guards.check(actor, CaseFileService.toCase(row), PreservationService.ACT_SEIZURE, d);
        LocalDateTime now = LocalDateTime.now(clock);
        Due due = calendar.due(now.toLocalDate(), Period.days(d.termDays()));
        SeizureRow s = new SeizureRow();
        s.caseId = caseId;
        s.kind = d.kind();
        s.items = d.items().trim();
        s.place = d.place().trim();
        s.reason = d.reason().trim();
        s.decidedBy = actor.userId();
        s.decidedAt = now;
        s.startDate = now.toLocalDate();
        s.termDays = d.termDays();
        s.dueDate = due.date();
        s.confirmed = due.confirmed();
        mapper.insert(s);
        history.document(caseId, DocumentKind.SEIZURE_DECISION.code(), DocumentKind.SEIZURE_DECISION.title(), null,
                row.stage, actor.userId());
        history.record(caseId, row.stage, row.stage, "SEIZURE_DECIDED", actor.userId(),
                StoredText.of("text.seizure.decided", label(d.kind()), s.items, s.place, s.termDays, s.dueDate)
                        .and(s.reason));
        clockService.refresh(caseId);
        return mapper.seizure(s.id);
    }

    /** The one extension of the term (Art. 25): a head, with a reason, before the term ran out. */
    @RequiresPermission(Action.SEIZURE_DECIDE)
    @Transactional
    public Seizure extend(Actor actor, long seizureId, int days, String reason) {
        Seizure s = lock(seizureId);
        CaseRow row = headCase(actor, s.caseId());
        if (!s.isOpen()) {
            throw DomainException.conflict("seizure.alreadyConcluded", s.outcome());
        }
        if (s.extended()) {
            throw DomainException.invalid("seizure.extensionUsed");
        }
        LocalDate today = LocalDate.now(clock);
        if (today.isAfter(s.dueDate())) {
            throw DomainException.invalid("seizure.termOver", s.dueDate());
        }
        int max = periods.of(StatutoryPeriod.SEIZURE_EXTENSION).amount();
        if (days < 1 || days > max) {
            throw DomainException.invalid("seizure.badExtension", max);
        }
        if (blank(reason)) {
            throw DomainException.invalid("seizure.reasonRequired");
        }
        // the whole term counted from the start (Art. 69: calendar days), not from a shifted end day
        Due due = calendar.due(s.startDate(), Period.days(s.termDays() + days));
        mapper.extend(s.id(), days, reason.trim(), actor.userId(), LocalDateTime.now(clock), due.date(),
                due.confirmed());
        history.document(s.caseId(), DocumentKind.SEIZURE_EXTENSION.code(), DocumentKind.SEIZURE_EXTENSION.title(),
                null, row.stage, actor.userId());
        history.record(s.caseId(), row.stage, row.stage, "SEIZURE_EXTENDED", actor.userId(),
                StoredText.of("text.seizure.extended", label(s.kind()), days, due.date()).and(reason.trim()));
        clockService.refresh(s.caseId());
        return mapper.seizure(s.id());
    }

    /**
     * Release (解除) or a handling decision (没收、销毁) by a head, with a reason. Confiscation and destruction only
     * within the term (Art. 27); once it ran out the items must be released (Art. 28(4)).
     */
    @RequiresPermission(Action.SEIZURE_DECIDE)
    @Transactional
    public Seizure conclude(Actor actor, long seizureId, SeizureOutcome outcome, String reason) {
        Seizure s = lock(seizureId);
        CaseRow row = headCase(actor, s.caseId());
        if (outcome == null) {
            throw DomainException.invalid("field.required", "outcome");
        }
        if (!s.isOpen()) {
            throw DomainException.conflict("seizure.alreadyConcluded", s.outcome());
        }
        if (blank(reason)) {
            throw DomainException.invalid("seizure.reasonRequired");
        }
        if (outcome != SeizureOutcome.RELEASED && LocalDate.now(clock).isAfter(s.dueDate())) {
            throw DomainException.invalid("seizure.termOverRelease", s.dueDate());
        }
        mapper.conclude(s.id(), outcome, reason.trim(), actor.userId(), LocalDateTime.now(clock));
        DocumentKind doc = outcome == SeizureOutcome.RELEASED ? DocumentKind.SEIZURE_RELEASE
                : DocumentKind.SEIZURE_HANDLING;
        history.document(s.caseId(), doc.code(), doc.title(), null, row.stage, actor.userId());
        history.record(s.caseId(), row.stage, row.stage, "SEIZURE_" + outcome.name(), actor.userId(),
                StoredText.of("text.withNote", label(s.kind()), s.items()).and(reason.trim()));
        clockService.refresh(s.caseId());
        return mapper.seizure(s.id());
    }

    /** Refuses (not found) when {@code id} is not of case {@code caseId} (the REST path names both). */
    @Transactional(readOnly = true)
    public void inCase(long caseId, long id) {
        Seizure x = mapper.seizure(id);
        if (x == null || x.caseId() != caseId) {
            throw DomainException.notFound("seizure.notFound", id);
        }
    }

    @Transactional(readOnly = true)
    public List<Seizure> ofCase(Actor actor, long caseId) {
        CaseScope.readable(actor, cases.findCase(caseId), caseId);
        return mapper.seizures(caseId);
    }

    private CaseRow headCase(Actor actor, long caseId) {
        CaseRow row = CaseScope.workable(actor, cases.findCase(caseId), caseId);
        if (!actor.isHead()) {
            throw DomainException.forbidden("auth.headOnly");
        }
        SeparationOfDuties.require(Duty.DECIDE_SEIZURE, actor.userId(),
                cases.findHandlers(caseId).stream().map(h -> h.userId).toList());
        if (row.stage.isTerminal()) {
            throw DomainException.invalid("case.readOnly", row.caseNo);
        }
        return row;
    }

    private Seizure lock(long seizureId) {
        Seizure s = mapper.seizureForUpdate(seizureId);
        if (s == null) {
            throw DomainException.notFound("seizure.notFound", seizureId);
        }
        return s;
    }

    private static StoredText label(SeizureKind kind) {
        return StoredText.label("ui.seizureKind.", kind);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
