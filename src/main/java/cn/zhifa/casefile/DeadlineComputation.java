package cn.zhifa.casefile;

import cn.zhifa.calendar.DateRange;
import cn.zhifa.calendar.DeadlineLights;
import cn.zhifa.calendar.Due;
import cn.zhifa.calendar.Period;
import cn.zhifa.calendar.StatutoryPeriods;
import cn.zhifa.calendar.WorkingDayCalendar;
import cn.zhifa.casefile.internal.CaseRow;
import cn.zhifa.casefile.internal.ClockMapper;
import cn.zhifa.casefile.internal.ClockMapper.DeadlineRow;
import cn.zhifa.casefile.internal.RemedyMapper;
import cn.zhifa.casefile.internal.SeizureMapper;
import cn.zhifa.casefile.internal.TransferMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The deadlines of a case computed from its dates, its stage and its clock events (pauses and extensions of the
 * decision period), every one through the one calendar component (working days, holidays, make-up days).
 */
@Component
class DeadlineComputation {

    private final WorkingDayCalendar calendar;
    private final StatutoryPeriods periods;
    private final DeadlineLights lights;
    private final Clock clock;
    private final ExecutionFacts execution;
    private final ClockMapper clockMapper;
    private final SeizureMapper seizures;
    private final TransferMapper transfers;
    private final RemedyMapper remedies;

    DeadlineComputation(WorkingDayCalendar calendar, StatutoryPeriods periods, DeadlineLights lights, Clock clock,
            ExecutionFacts execution, ClockMapper clockMapper, SeizureMapper seizures, TransferMapper transfers,
            RemedyMapper remedies) {
        this.transfers = transfers;
        this.remedies = remedies;
        this.execution = execution;
        this.clockMapper = clockMapper;
        this.seizures = seizures;
        this.calendar = calendar;
        this.periods = periods;
        this.lights = lights;
        this.clock = clock;
    }

    List<CaseDeadline> compute(CaseRow row, List<ClockEvent> events) {
        List<CaseDeadline> out = new ArrayList<>();
        CaseStage s = row.stage;
        if (CaseFileService.PROCEDURE_SUMMARY.equals(row.procedureType)) {
            // decided and served on the spot: only a fine paid later at the bank has deadlines (decision 0031); one
            // collected on the spot is paid on the case row, without a ledger
            execution.status(row).filter(x -> !(x.payments().isEmpty() && row.paidAmount != null))
                    .ifPresent(x -> executionDeadlines(out, row, x, s == CaseStage.EXECUTION && !x.settled()));
            replyDeadlines(out, row.id);
            return out;
        }
        add(out, DeadlineKind.VERIFICATION, row.discoveredDate, null,
                s == CaseStage.VERIFICATION || s == CaseStage.FILING_APPROVAL);
        Remedy redo = row.filedDate == null ? null : Redo.lastOrder(remedies.ofCase(row.id));
        if (row.filedDate != null) {
            add(out, DeadlineKind.DECISION, row.filedDate, events,
                    row.decidedDate == null && !s.isTerminal() && redo == null);
        }
        if (redo != null) {
            redecision(out, redo, events, row.decidedDate == null && !s.isTerminal());
        }
        if (row.noticeServedDate != null) {
            add(out, DeadlineKind.STATEMENT, row.noticeServedDate, null, s == CaseStage.STATEMENT);
        }
        if (row.decidedDate != null && row.decidedOutcome != OutcomeType.TRANSFER) {
            add(out, DeadlineKind.SERVICE, row.decidedDate, null, s == CaseStage.SERVICE);
        }
        java.util.Optional<ExecutionStatus> x = execution.status(row);
        if (x.isPresent()) {
            executionDeadlines(out, row, x.get(), s == CaseStage.EXECUTION && !x.get().settled());
        } else if (row.servedDate != null && row.decidedOutcome == OutcomeType.FINE) {
            add(out, DeadlineKind.PAYMENT, row.servedDate, null, s == CaseStage.EXECUTION && row.paidAmount == null);
        }
        if (row.executedDate != null) {
            add(out, DeadlineKind.CLOSING, row.executedDate, null, s == CaseStage.CLOSING);
        }
        if (row.filedDate != null) {
            holdingDeadlines(out, row.id, !s.isTerminal());
            transferDeadlines(out, row.id, !s.isTerminal());
        }
        if (row.decidedDate != null) {
            replyDeadlines(out, row.id);
        }
        return out;
    }

    /**
     * The last transfer for suspected crime (decision 0028): the principal head's 3 days from the report, then the 24
     * hours of the handover from the approval (its due day is the day the hours run out).
     */
    private void transferDeadlines(List<CaseDeadline> out, long caseId, boolean live) {
        transfers.transfers(caseId).stream().filter(t -> t.kind() == TransferKind.CRIME)
                .reduce((a, b) -> b).ifPresent(t -> {
                    fixed(out, DeadlineKind.TRANSFER_DECISION, t.reportedAt().toLocalDate(), t.decisionDue(),
                            live && t.awaitingDecision());
                    if (t.handoverDue() != null) {
                        fixed(out, DeadlineKind.TRANSFER_HANDOVER, t.decidedAt().toLocalDate(),
                                t.handoverDue().toLocalDate(), live && t.awaitingHandover());
                    }
                });
    }

    /**
     * The agency's answer as respondent (decision 0027): per kind, the last remedy whose copy was received; open until
     * the answer is submitted or the remedy has ended. It runs also on an archived case: a remedy is a later fact.
     */
    private void replyDeadlines(List<CaseDeadline> out, long caseId) {
        List<Remedy> all = remedies.ofCase(caseId);
        for (RemedyKind kind : RemedyKind.values()) {
            all.stream().filter(r -> r.kind() == kind && r.copyReceivedOn() != null)
                    .reduce((a, b) -> b).ifPresent(r -> add(out, kind.replyDeadline(), r.copyReceivedOn(), null,
                            r.open() && r.replySubmittedOn() == null));
        }
    }

    /**
     * The terms of what is held (decision 0024): the handling period of the preservations in force, the report period
     * of urgent preservations awaiting the head, the term of the seizures not yet released or handled — each the
     * earliest of the open ones, or the last one closed. One row per kind, like every deadline of a case.
     */
    private void holdingDeadlines(List<CaseDeadline> out, long caseId, boolean live) {
        List<Preservation> ps = clockMapper.preservations(caseId);
        holding(out, DeadlineKind.PRESERVATION, live, ps.stream().filter(p -> p.dueDate() != null)
                .map(p -> new Held(p.startedDate(), p.dueDate(), p.inForce())).toList());
        holding(out, DeadlineKind.PRESERVATION_REPORT, live, ps.stream().filter(Preservation::urgent)
                .map(p -> new Held(p.requestedAt().toLocalDate(), p.reportDueAt().toLocalDate(),
                        p.awaitingApproval())).toList());
        holding(out, DeadlineKind.SEIZURE, live, seizures.seizures(caseId).stream()
                .map(z -> new Held(z.startDate(), z.dueDate(), z.isOpen())).toList());
    }

    private record Held(LocalDate start, LocalDate due, boolean open) {
    }

    private void holding(List<CaseDeadline> out, DeadlineKind kind, boolean live, List<Held> held) {
        held.stream().filter(Held::open).min(java.util.Comparator.comparing(Held::due))
                .or(() -> held.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(held.get(held.size() - 1)))
                .ifPresent(h -> fixed(out, kind, h.start(), h.due(), live && h.open()));
    }

    /**
     * The payment deadline (moved by an approved deferral), the 催告 period once the 催告书 is served, and the window of
     * the application to the court once the payment deadline has passed and the decision can become final (0021).
     */
    private void executionDeadlines(List<CaseDeadline> out, CaseRow row, ExecutionStatus x, boolean open) {
        LocalDate today = LocalDate.now(clock);
        boolean unpaid = x.fineOutstanding().signum() > 0;
        if (x.changedBy() != null) {
            fixed(out, DeadlineKind.PAYMENT, x.changedBy().changedServedOn(), x.paymentDue(), open && unpaid);
        } else if (x.deferred()) {
            fixed(out, DeadlineKind.PAYMENT, row.servedDate, x.paymentDue(), open && unpaid);
        } else {
            add(out, DeadlineKind.PAYMENT, row.servedDate, null, open && unpaid);
        }
        boolean notApplied = x.court() == null;
        if (x.demandPeriodEnd() != null) {
            fixed(out, DeadlineKind.DEMAND, x.demand().servedDate(), x.demandPeriodEnd(), open && notApplied);
        }
        if (x.courtBy() != null && (x.demand() != null || today.isAfter(x.paymentDue()))) {
            fixed(out, DeadlineKind.COURT_APPLICATION, x.remedyWindowsEnd(), x.courtBy(), open && notApplied);
        }
    }

    /**
     * 撤销并责令重新作出 (decision 0029): the new decision from the receipt of the order, within the body's period when
     * it set one (calendar days, end-day shift), else the period of Art. 60 anew with the pauses and extensions taken
     * since.
     */
    private void redecision(List<CaseDeadline> out, Remedy redo, List<ClockEvent> events, boolean open) {
        LocalDate from = redo.redoReceivedOn();
        if (redo.redoDays() != null) {
            fixed(out, DeadlineKind.REDECISION, from, calendar.due(from, Period.days(redo.redoDays())).date(), open);
        } else {
            add(out, DeadlineKind.REDECISION, from, events == null ? null : events.stream()
                    .filter(e -> e.kind() != ClockEventKind.REMEDY_PENDING && !e.start().isBefore(from)).toList(),
                    open);
        }
    }

    private void fixed(List<CaseDeadline> out, DeadlineKind kind, LocalDate start, LocalDate due, boolean open) {
        LocalDate today = LocalDate.now(clock);
        out.add(new CaseDeadline(kind, start, due, calendar.isConfirmed(due.getYear()), open, lights.light(due, today),
                lights.workingDaysLeft(due, today)));
    }

    private void add(List<CaseDeadline> out, DeadlineKind kind, LocalDate start, List<ClockEvent> events,
            boolean open) {
        Period p = periods.of(kind.period());
        Due due;
        if (events == null) {
            due = calendar.due(start, p);
        } else {
            int extension = events.stream().filter(e -> !e.isPause() && e.days() != null).mapToInt(ClockEvent::days)
                    .sum();
            List<DateRange> pauses = ranges(events, ClockEvent::isPause);
            due = calendar.due(start, new Period(p.amount() + extension, p.unit()), pauses);
        }
        LocalDate today = LocalDate.now(clock);
        out.add(new CaseDeadline(kind, start, due.date(), due.confirmed(), open, lights.light(due.date(), today),
                lights.workingDaysLeft(due.date(), today)));
    }

    /** The days covered by the chosen events; one still running covers up to today. */
    List<DateRange> ranges(List<ClockEvent> events, java.util.function.Predicate<ClockEvent> which) {
        return ranges(events, which, LocalDate.now(clock));
    }

    /** {@link #ranges(List, java.util.function.Predicate)} with a running event covering up to {@code today}. */
    static List<DateRange> ranges(List<ClockEvent> events, java.util.function.Predicate<ClockEvent> which,
            LocalDate today) {
        List<DateRange> out = new ArrayList<>();
        for (ClockEvent e : events) {
            LocalDate end = e.end() != null ? e.end() : today;
            if (which.test(e) && !end.isBefore(e.start())) {
                out.add(DateRange.of(e.start(), end));
            }
        }
        return out;
    }

    /** The next check for these deadline rows of an open case. */
    java.time.Instant nextCheckAt(List<DeadlineRow> rows, java.time.Instant now) {
        java.time.Instant next = null;
        for (DeadlineRow d : rows) {
            if (d.open) {
                next = min(next, pending(d.dueDate, d.warnedAt == null, d.overdueAt == null));
            }
        }
        return orAYearOn(next, now);
    }

    /** {@link #nextCheckAt(List, java.time.Instant)} of deadlines just computed, none raised yet (a new case's first). */
    java.time.Instant firstCheckAt(List<CaseDeadline> deadlines, java.time.Instant now) {
        java.time.Instant next = null;
        for (CaseDeadline d : deadlines) {
            if (d.open()) {
                next = min(next, pending(d.due(), true, true));
            }
        }
        return orAYearOn(next, now);
    }

    /** The earliest of a deadline's moments not raised yet (its warning, its overdue moment); null when none is. */
    private java.time.Instant pending(java.time.LocalDate due, boolean warning, boolean overdue) {
        java.time.Instant next = overdue ? overdueMoment(due) : null;
        return warning ? min(next, warnMoment(due)) : next;
    }

    /** Nothing pending: a year ahead. */
    private static java.time.Instant orAYearOn(java.time.Instant next, java.time.Instant now) {
        return next != null ? next : now.plus(java.time.Duration.ofDays(366));
    }

    /** Warnings are raised at 08:30 on the first day of the yellow window. */
    java.time.Instant warnMoment(java.time.LocalDate due) {
        return lights.warnFrom(due).atTime(8, 30).atZone(clock.getZone()).toInstant();
    }

    /** A deadline is overdue from 24:00 of its last day. */
    java.time.Instant overdueMoment(java.time.LocalDate due) {
        return due.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    }

    /** The earlier of two moments, either of which may be null (none). */
    private static java.time.Instant min(java.time.Instant a, java.time.Instant b) {
        return a == null || b != null && b.isBefore(a) ? b : a;
    }

    /** Open deadlines with what has been raised for them (for the clock's check). */

    /** The last day of the warning window from today: the open deadlines due by then are at risk. */
    LocalDate warnHorizon(LocalDate today) {
        LocalDate horizon = today;
        int n = 0;
        while (n < lights.warnWorkingDays()) {
            horizon = horizon.plusDays(1);
            if (calendar.isWorkingDay(horizon)) {
                n++;
            }
        }
        return horizon;
    }
}
