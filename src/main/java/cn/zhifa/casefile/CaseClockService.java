package cn.zhifa.casefile;

import cn.zhifa.shared.StoredText;
import cn.zhifa.organization.Action;
import cn.zhifa.organization.RequiresPermission;
import cn.zhifa.calendar.DateRange;
import cn.zhifa.calendar.DeadlineLights;
import cn.zhifa.calendar.StatutoryPeriod;
import cn.zhifa.calendar.StatutoryPeriods;
import cn.zhifa.calendar.Surcharge;
import cn.zhifa.casefile.internal.CaseFileMapper;
import cn.zhifa.casefile.internal.CaseRow;
import cn.zhifa.casefile.internal.ClockMapper;
import cn.zhifa.casefile.internal.ClockMapper.DeadlineRow;
import cn.zhifa.casefile.process.CaseClockProcess;
import cn.zhifa.organization.Actor;
import cn.zhifa.shared.DomainException;
import cn.zhifa.tasks.InboxService;
import cn.zhifa.tasks.TaskRef;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statutory clock of a case: computes every deadline through the one calendar component, keeps them in
 * {@code case_deadline} (the read model the inbox, the supervisor page and the engine's timers use), sets task due
 * dates, starts a deadline watch for each deadline that opens, and records pauses and extensions of the decision
 * period with who approved them.
 */
@Service
public class CaseClockService {

    private final CaseFileMapper cases;
    private final ClockMapper mapper;
    private final StatutoryPeriods periods;
    private final DeadlineLights lights;
    private final InboxService inbox;
    private final CaseClockProcess clockProcess;
    private final CaseHistory history;
    private final Clock clock;
    private final java.util.function.Supplier<StepCatalogue> steps; // looked up once, on first use
    private final DeadlineComputation computation;
    private final java.util.function.Supplier<LateDecisionService> late; // looked up once, on first use
    private final DecisionExtensions extensions;
    private final AtRiskList atRiskList;

    public CaseClockService(CaseFileMapper cases, ClockMapper mapper, StatutoryPeriods periods,
            DeadlineLights lights, InboxService inbox, CaseClockProcess clockProcess, CaseHistory history, Clock clock,
            org.springframework.beans.factory.ObjectProvider<StepCatalogue> steps, DeadlineComputation computation,
            org.springframework.beans.factory.ObjectProvider<LateDecisionService> late, DecisionExtensions extensions,
            AtRiskList atRiskList) {
        this.atRiskList = atRiskList;
        this.late = org.springframework.util.function.SingletonSupplier.of(late::getObject);
        this.extensions = extensions;
        this.steps = org.springframework.util.function.SingletonSupplier.of(steps::getObject);
        this.computation = computation;
        this.cases = cases;
        this.mapper = mapper;
        this.periods = periods;
        this.lights = lights;
        this.inbox = inbox;
        this.clockProcess = clockProcess;
        this.history = history;
        this.clock = clock;
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    /** Every deadline that has started on the case, open or done, as of today. */
    @Transactional(readOnly = true)
    public List<CaseDeadline> deadlines(Actor actor, long caseId) {
        return compute(readable(actor, caseId), mapper.events(caseId));
    }

    @Transactional(readOnly = true)
    public List<ClockEvent> events(Actor actor, long caseId) {
        readable(actor, caseId);
        return mapper.events(caseId);
    }

    /** 加处罚款 as of today when the fine is unpaid after the payment deadline (行政处罚法 Art. 72). */
    @Transactional(readOnly = true) public Optional<Surcharge.Result> surcharge(Actor actor, long caseId) {
        CaseRow row = readable(actor, caseId);
        return surchargeOf(row, compute(row, mapper.events(caseId)));
    }

    Optional<Surcharge.Result> surchargeOf(CaseRow row, List<CaseDeadline> deadlines) {
        if (row.decidedOutcome != OutcomeType.FINE || row.decidedFine == null
                || row.paidAmount != null && row.paidAmount.compareTo(row.decidedFine) >= 0) { // 0021: in part runs on
            return Optional.empty();
        }
        LocalDate today = today();
        List<DateRange> suspended = computation.ranges(mapper.events(row.id),
                e -> e.kind() == ClockEventKind.REMEDY_PENDING);
        return deadlines.stream().filter(d -> d.kind() == DeadlineKind.PAYMENT && today.isAfter(d.due()))
                .findFirst().map(d -> Surcharge.calculate(row.decidedFine, d.due(), today, suspended));
    }

    /** The decision deadline of a filed, undecided case (90 days + extensions, pauses excluded). */
    Optional<CaseDeadline> decisionDeadline(CaseRow row) {
        return compute(row, mapper.events(row.id)).stream().filter(d -> d.kind() == DeadlineKind.DECISION)
                .findFirst();
    }

    /** Open deadlines due within the warning window or overdue: the supervisor's list. */
    @Transactional(readOnly = true)
    public List<AtRisk> atRisk(Actor actor, Long unitId, int limit) {
        return atRiskList.list(actor, unitId, limit);
    }

    /** One row of the supervisor's at-risk list. */
    public record AtRisk(long caseId, String caseNo, String partyName, long unitId, DeadlineKind kind, LocalDate due,
            boolean confirmed, cn.zhifa.calendar.DeadlineLight light, long workingDaysLeft, List<String> handlers) {
    }

    // ---- pauses and extensions -----------------------------------------------------------------------------------

    /** Pauses the decision clock (hearing, appraisal, suspension): approved and recorded by a head. */
    @RequiresPermission(Action.CLOCK_MANAGE)
    @Transactional
    public List<CaseDeadline> pause(Actor actor, long caseId, ClockEventKind kind, LocalDate start, String reason) {
        CaseRow row = lockForClock(actor, caseId);
        if (!kind.isPause()) {
            throw DomainException.invalid("clock.notAPause", kind);
        }
        String why = cn.zhifa.shared.Limits.requiredText(reason, "reason", cn.zhifa.shared.Limits.TEXT);
        if (start == null || start.isAfter(today()) || start.isBefore(row.filedDate)) {
            throw DomainException.invalid("clock.badPauseStart", row.filedDate);
        }
        if (mapper.events(caseId).stream().anyMatch(e -> e.isPause() && e.end() == null)) {
            throw DomainException.invalid("clock.alreadyPaused");
        }
        mapper.insertEvent(caseId, kind, start, null, null, why, actor.userId(), actor.userId(), now());
        history.record(caseId, row.stage, row.stage, "CLOCK_PAUSED", actor.userId(), kind + " " + start + " " + why);
        return refresh(caseId);
    }

    /** Ends the running pause. */
    @RequiresPermission(Action.CLOCK_MANAGE)
    @Transactional
    public List<CaseDeadline> resume(Actor actor, long caseId, LocalDate end) {
        CaseRow row = lockForClock(actor, caseId);
        ClockEvent open = mapper.events(caseId).stream().filter(e -> e.isPause() && e.end() == null).findFirst()
                .orElseThrow(() -> DomainException.invalid("clock.notPaused"));
        if (end == null || end.isBefore(open.start()) || end.isAfter(today())) {
            throw DomainException.invalid("clock.badPauseEnd", open.start());
        }
        mapper.closePause(open.id(), end);
        history.record(caseId, row.stage, row.stage, "CLOCK_RESUMED", actor.userId(), open.kind() + " " + end);
        return refresh(caseId);
    }

    /** {@link #extend(Actor, long, ClockEventKind, int, String, Long)} without a resolution: the head's extension. */
    @RequiresPermission(Action.CLOCK_MANAGE)
    @Transactional
    public List<CaseDeadline> extend(Actor actor, long caseId, ClockEventKind kind, int days, String reason) {
        return extend(actor, caseId, kind, days, reason, null);
    }

    /**
     * Extends the decision period: once by a head (+30 days), then further only on a confirmed resolution of the
     * heads' collective deliberation agreeing to extend this case, used once and covering the days (together ≤ +60,
     * recorded by the principal head; {@link DecisionExtensions}, decision 0030). After the period ran out only once a
     * head approved the late decision (decision record 0025).
     */
    @RequiresPermission(Action.CLOCK_MANAGE)
    @Transactional
    public List<CaseDeadline> extend(Actor actor, long caseId, ClockEventKind kind, int days, String reason,
            Long resolutionId) {
        CaseRow row = lockForClock(actor, caseId);
        String why = cn.zhifa.shared.Limits.requiredText(reason, "reason", cn.zhifa.shared.Limits.TEXT);
        List<ClockEvent> events = mapper.events(caseId);
        CaseDeadline decision = decisionDeadline(row).orElseThrow();
        if (today().isAfter(decision.due()) && late.get().approvalFor(caseId, decision.due()).isEmpty()) {
            throw DomainException.invalid("clock.overdueWithoutApproval", decision.due()); // 0025: approve late first
        }
        CollectiveDeliberation.ExtensionResolution r = extensions.check(actor, caseId, events, kind, days,
                resolutionId);
        if (r == null) {
            mapper.insertEvent(caseId, kind, today(), null, days, why, actor.userId(), actor.userId(), now());
            history.record(caseId, row.stage, row.stage, "CLOCK_EXTENDED", actor.userId(), kind + " +" + days + " "
                    + why, Map.of("kind", kind.name(), "days", days, "reason", why));
        } else {
            try {
                mapper.insertExtension(caseId, kind, today(), days, why, actor.userId(), now(), r.id(), r.meetingId());
            } catch (org.springframework.dao.DuplicateKeyException e) {
                throw DomainException.conflict("clock.resolutionUsed", r.id()); // one winner per resolution
            }
            history.record(caseId, row.stage, row.stage, "CLOCK_EXTENDED", actor.userId(),
                    StoredText.of("text.clock.extendedByResolution", kind, days, r.meetingId(), r.id(), r.resolvedOn(),
                            why),
                    Map.of("kind", kind.name(), "days", days, "reason", why, "meetingId", r.meetingId(),
                            "resolutionId", r.id()));
        }
        return refresh(caseId);
    }

    // ---- keeping the read model, task due dates and watches in step ------------------------------------------------

    /**
     * Recomputes the case's deadlines, stores what changed, sets the due date of each open task and starts a
     * deadline watch for every deadline that has just opened. Called after every clock change, in its transaction.
     */
    @Transactional
    public List<CaseDeadline> refresh(long caseId) {
        return refresh(cases.findCase(caseId), inbox.openRefsOfCase(caseId));
    }

    /** {@link #refresh(long)} for a case row and open tasks the caller has just read (a step's transaction). */
    List<CaseDeadline> refresh(CaseRow row, List<TaskRef> openTasks) {
        return refresh(row, openTasks, null);
    }

    /** {@link #refresh(CaseRow, List)} with the clock's events already read in this transaction (null: read them). */
    List<CaseDeadline> refresh(CaseRow row, List<TaskRef> openTasks, List<ClockEvent> events) {
        return refresh(row, openTasks, events, mapper.deadlines(row.id));
    }

    /** {@link #refresh(CaseRow, List, List)} with the stored deadlines known ({@code before}: none for a new case). */
    private List<CaseDeadline> refresh(CaseRow row, List<TaskRef> openTasks, List<ClockEvent> events,
            List<DeadlineRow> before) {
        long caseId = row.id;
        List<CaseDeadline> now = computeWith(row, events);
        Map<String, DeadlineRow> stored = new java.util.HashMap<>();
        before.forEach(d -> stored.put(d.kind, d));
        List<DeadlineRow> after = new ArrayList<>();
        List<DeadlineRow> written = new ArrayList<>();
        Map<DeadlineKind, CaseDeadline> byKind = new EnumMap<>(DeadlineKind.class);
        boolean changed = false;
        java.time.Instant instant = clock.instant();
        for (CaseDeadline d : now) {
            byKind.put(d.kind(), d);
            DeadlineRow old = stored.remove(d.kind().name());
            if (old != null && old.open == d.open() && old.confirmed == d.confirmed()
                    && old.dueDate.equals(d.due()) && old.startDate.equals(d.start())) {
                after.add(old);
                continue;
            }
            changed = true;
            DeadlineRow r = new DeadlineRow();
            r.caseId = caseId;
            r.kind = d.kind().name();
            r.unitId = row.unitId;
            r.startDate = d.start();
            r.dueDate = d.due();
            r.confirmed = d.confirmed();
            r.open = d.open();
            if (old != null) { // a moved deadline warns again unless its new moment has passed (and was raised)
                r.warnedAt = old.warnedAt != null && !computation.warnMoment(d.due()).isAfter(instant) ? old.warnedAt : null;
                r.overdueAt = old.overdueAt != null && !computation.overdueMoment(d.due()).isAfter(instant) ? old.overdueAt : null;
            }
            written.add(r);
            after.add(r);
        }
        if (!written.isEmpty()) { // new and moved deadlines in one statement
            mapper.writeDeadlines(written);
        }
        for (String kind : stored.keySet()) {
            mapper.deleteDeadline(caseId, kind);
            changed = true;
        }
        for (TaskRef t : openTasks) {
            DeadlineKind k = steps.get().deadlineOf(t.taskKey());
            CaseDeadline d = k == null ? null : byKind.get(k);
            java.time.LocalDate due = d == null || !d.open() ? null : d.due();
            if (!java.util.Objects.equals(due, t.dueDate())) {
                inbox.setDueDate(t.taskId(), due);
            }
        }
        if (changed && row.clockProcessId != null) {
            // the clock's timer is at the next check of the stored deadlines: move it only when that moment moved
            java.time.Instant next = row.stage.isTerminal() ? instant : computation.nextCheckAt(after, instant);
            if (row.stage.isTerminal() || !next.equals(computation.nextCheckAt(before, instant))) {
                clockProcess.rearm(row.clockProcessId, java.util.Date.from(next));
            }
        }
        return now;
    }

    /**
     * A new case's first deadlines and its clock (once, at registration or an on-the-spot decision): none are stored
     * yet, so they are written without a read, the open tasks' due dates set where they differ, and the clock started
     * with its timer at their first moment. Sets {@code row.clockProcessId}, which the caller writes with the row.
     */
    void startClock(CaseRow row, List<TaskRef> openTasks) {
        List<CaseDeadline> first = refresh(row, openTasks, List.of(), List.of());
        row.clockProcessId = clockProcess.start(row.id,
                java.util.Date.from(computation.firstCheckAt(first, clock.instant())));
    }

    /** A clock again for a case whose clock ended (a redecision of an archived case): its timer reads the deadlines. */
    void restartClock(CaseRow row) {
        row.clockProcessId = clockProcess.start(row.id, null);
        cases.setClockProcess(row.id, row.clockProcessId);
    }

    /**
     * When the case's clock must wake up next: the earliest warning or overdue moment of an open deadline not yet
     * raised; now when the case has ended (so the clock can stop); a year ahead when nothing is pending.
     */
    @Transactional(readOnly = true)
    public java.time.Instant nextCheckAt(long caseId) {
        return nextCheckAt(cases.findCase(caseId));
    }

    private java.time.Instant nextCheckAt(CaseRow row) {
        java.time.Instant now = clock.instant();
        if (row.stage.isTerminal()) {
            return now;
        }
        return computation.nextCheckAt(mapper.deadlines(row.id), now);
    }

    List<DeadlineRow> storedRows(long caseId) {
        return mapper.deadlines(caseId);
    }

    void markWarned(long caseId, DeadlineKind kind) {
        mapper.markWarned(caseId, kind.name(), now());
    }

    void markOverdue(long caseId, DeadlineKind kind) {
        mapper.markOverdue(caseId, kind.name(), now());
    }

    /** After a calendar or setting change: every open case's deadlines follow, and the change is on each case. */
    @Transactional
    public int refreshAllOpen(String why) {
        int changed = 0;
        for (Long caseId : mapper.casesWithOpenDeadlines()) {
            List<DeadlineRow> before = mapper.deadlines(caseId);
            List<CaseDeadline> after = refresh(caseId);
            for (CaseDeadline d : after) {
                before.stream().filter(b -> b.kind.equals(d.kind().name()) && b.open && !b.dueDate.equals(d.due()))
                        .findFirst().ifPresent(b -> {
                            CaseRow row = cases.findCase(caseId);
                            history.record(caseId, row.stage, row.stage, "DEADLINE_CHANGED", null,
                                    d.kind() + " " + b.dueDate + " → " + d.due() + " (" + why + ")");
                        });
            }
            changed++;
        }
        return changed;
    }

    /** The stored deadline the engine's watch reads (open flag and due date), or null. */
    @Transactional(readOnly = true)
    public CaseDeadline stored(long caseId, DeadlineKind kind) {
        DeadlineRow r = mapper.deadline(caseId, kind.name());
        if (r == null) {
            return null;
        }
        LocalDate today = today();
        return new CaseDeadline(kind, r.startDate, r.dueDate, r.confirmed, r.open, lights.light(r.dueDate, today),
                lights.workingDaysLeft(r.dueDate, today));
    }

    List<CaseDeadline> compute(CaseRow row, List<ClockEvent> events) {
        return computation.compute(row, events);
    }

    /** {@link #compute} with the clock's events as given, or read when null (none before filing). */
    List<CaseDeadline> computeWith(CaseRow row, List<ClockEvent> events) {
        return compute(row, row.filedDate == null ? List.of() : events != null ? events : mapper.events(row.id));
    }

    private CaseRow readable(Actor actor, long caseId) {
        return CaseScope.readable(actor, cases.findCase(caseId), caseId);
    }

    private CaseRow lockForClock(Actor actor, long caseId) {
        CaseRow row = CaseScope.workable(actor, cases.findCaseForUpdate(caseId), caseId);
        if (!actor.isHead()) {
            throw DomainException.forbidden("auth.headOnly");
        }
        SeparationOfDuties.require(Duty.APPROVE_CLOCK, actor.userId(),
                cases.findHandlers(caseId).stream().map(h -> h.userId).toList());
        if (row.filedDate == null || row.decidedDate != null || row.stage.isTerminal()) {
            throw DomainException.invalid("clock.notRunning");
        }
        return row;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
