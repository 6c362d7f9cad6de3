package cn.zhifa.casefile;

import cn.zhifa.calendar.DateRange;
import cn.zhifa.calendar.DeadlineLights;
import cn.zhifa.calendar.Due;
import cn.zhifa.calendar.Period;
import cn.zhifa.calendar.StatutoryPeriods;
import cn.zhifa.calendar.WorkingDayCalendar;
import cn.zhifa.casefile.internal.CaseRow;
import cn.zhifa.casefile.internal.ClockMapper.DeadlineRow;
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

    DeadlineComputation(WorkingDayCalendar calendar, StatutoryPeriods periods, DeadlineLights lights, Clock clock) {
        this.calendar = calendar;
        this.periods = periods;
        this.lights = lights;
        this.clock = clock;
    }

    List<CaseDeadline> compute(CaseRow row, List<ClockEvent> events) {
        List<CaseDeadline> out = new ArrayList<>();
        CaseStage s = row.stage;
        add(out, DeadlineKind.VERIFICATION, row.discoveredDate, null,
                s == CaseStage.VERIFICATION || s == CaseStage.FILING_APPROVAL);
        if (row.filedDate != null) {
            add(out, DeadlineKind.DECISION, row.filedDate, events,
                    row.decidedDate == null && !s.isTerminal());
        }
        if (row.noticeServedDate != null) {
            add(out, DeadlineKind.STATEMENT, row.noticeServedDate, null, s == CaseStage.STATEMENT);
        }
        if (row.decidedDate != null && row.decidedOutcome != OutcomeType.TRANSFER) {
            add(out, DeadlineKind.SERVICE, row.decidedDate, null, s == CaseStage.SERVICE);
        }
        if (row.servedDate != null && row.decidedOutcome == OutcomeType.FINE) {
            add(out, DeadlineKind.PAYMENT, row.servedDate, null, s == CaseStage.EXECUTION && row.paidAmount == null);
        }
        if (row.executedDate != null) {
            add(out, DeadlineKind.CLOSING, row.executedDate, null, s == CaseStage.CLOSING);
        }
        return out;
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
        List<DateRange> out = new ArrayList<>();
        for (ClockEvent e : events) {
            LocalDate end = e.end() != null ? e.end() : LocalDate.now(clock);
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
            if (!d.open) {
                continue;
            }
            if (d.warnedAt == null) {
                next = min(next, warnMoment(d.dueDate));
            }
            if (d.overdueAt == null) {
                next = min(next, overdueMoment(d.dueDate));
            }
        }
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

    private static java.time.Instant min(java.time.Instant a, java.time.Instant b) {
        return a == null || b.isBefore(a) ? b : a;
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
