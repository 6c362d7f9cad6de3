package cn.zhifa.casefile;

import cn.zhifa.calendar.DateRange;
import cn.zhifa.calendar.Period;
import cn.zhifa.calendar.StatutoryPeriod;
import cn.zhifa.calendar.StatutoryPeriods;
import cn.zhifa.calendar.Surcharge;
import cn.zhifa.calendar.WorkingDayCalendar;
import cn.zhifa.casefile.internal.CaseRow;
import cn.zhifa.casefile.internal.ClockMapper;
import cn.zhifa.casefile.internal.ExecutionMapper;
import cn.zhifa.casefile.internal.RemedyMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Computes {@link ExecutionStatus} of a fine case from its decision, service date, payments, acts of execution,
 * remedies and remedy pauses — every period through the calendar component (decision record 0021). Reads only.
 */
@Component
class ExecutionFacts {

    private final ExecutionMapper mapper;
    private final RemedyMapper remedies;
    private final ClockMapper clockMapper;
    private final StatutoryPeriods periods;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    ExecutionFacts(ExecutionMapper mapper, RemedyMapper remedies, ClockMapper clockMapper, StatutoryPeriods periods,
            WorkingDayCalendar calendar, Clock clock) {
        this.mapper = mapper;
        this.remedies = remedies;
        this.clockMapper = clockMapper;
        this.periods = periods;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** True for a served decision imposing a fine above zero: the cases this end-game applies to. */
    static boolean applies(CaseRow row) {
        return row.decidedOutcome == OutcomeType.FINE && row.decidedFine != null && row.decidedFine.signum() > 0
                && row.servedDate != null;
    }

    Optional<ExecutionStatus> status(CaseRow row) {
        return applies(row) ? Optional.of(compute(row)) : Optional.empty();
    }

    /** The day after which {@code from} + the instalment or deferral length has run (calendar days, end-day shift). */
    LocalDate deferredDue(LocalDate from, int days) {
        return calendar.due(from, Period.days(days)).date();
    }

    private ExecutionStatus compute(CaseRow row) {
        LocalDate today = LocalDate.now(clock);
        List<Payment> payments = mapper.payments(row.id);
        List<Remedy> all = remedies.ofCase(row.id);
        // after 撤销并责令重新作出 only what concerns the new decision counts: its remedies, and the acts of execution
        // from its service on; payments made under the revoked decision count against the new fine (decision 0029)
        List<Remedy> remedyList = Redo.current(all);
        List<ExecutionAct> acts = Redo.lastOrder(all) == null ? mapper.acts(row.id) : mapper.acts(row.id).stream()
                .filter(a -> !a.actDate().isBefore(row.servedDate)).toList();
        Remedy annulledBy = remedyList.stream().filter(r -> !r.open() && r.outcome().endsObligation()).findFirst()
                .orElse(null);
        // changed (变更) with its new fine served: the fine and the payment period run anew from that service (0027)
        Remedy changedBy = annulledBy != null ? null : remedyList.stream()
                .filter(r -> r.outcome() == RemedyOutcome.CHANGED && r.changedFine() != null).reduce((a, b) -> b)
                .orElse(null);
        BigDecimal fine = changedBy != null ? changedBy.changedFine() : row.decidedFine;
        LocalDate start = changedBy != null ? changedBy.changedServedOn() : row.servedDate;

        // the payment deadline: 15 days from the (deemed) service, moved by each approved deferral / instalment plan
        LocalDate due = periods.dueFrom(start, StatutoryPeriod.PAYMENT).date();
        List<ExecutionStatus.Instalment> schedule = List.of();
        boolean deferred = false;
        for (ExecutionAct a : acts) {
            if (Boolean.TRUE.equals(a.approved()) && a.newDue() != null && !a.actDate().isBefore(start)) {
                if (a.kind() == ExecutionActKind.INSTALMENTS) {
                    schedule = instalments(fine, due, a.instalments(), a.days());
                }
                due = a.newDue();
                deferred = true;
            }
        }

        // the fine: the ledger; a case whose execution step recorded one payment (before the ledger) counts it
        BigDecimal finePaid = payments.isEmpty() ? nz(row.paidAmount)
                : payments.stream().map(Payment::finePart).reduce(BigDecimal.ZERO, BigDecimal::add);
        // revoked, void or confirmed illegal: nothing is owed from then on and no surcharge (decision 0027)
        BigDecimal owed = annulledBy != null ? BigDecimal.ZERO : fine;
        BigDecimal fineOutstanding = owed.subtract(finePaid).max(BigDecimal.ZERO);
        LocalDate fineCompletedOn = fineOutstanding.signum() > 0 ? null : completedOn(fine, payments, row.paidDate);
        List<DateRange> suspended = DeadlineComputation.ranges(clockMapper.events(row.id),
                e -> e.kind() == ClockEventKind.REMEDY_PENDING, today);
        LocalDate asOf = fineCompletedOn != null ? fineCompletedOn : today;
        Surcharge.Result surcharge = annulledBy == null && asOf.isAfter(due)
                ? Surcharge.calculate(fine, due, asOf, suspended)
                : new Surcharge.Result(0, BigDecimal.ZERO.setScale(2), false);
        BigDecimal surchargePaid = payments.stream().map(Payment::surchargePart).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        BigDecimal surchargeOutstanding = surcharge.amount().subtract(surchargePaid).max(BigDecimal.ZERO);
        BigDecimal refundDue = finePaid.subtract(owed).max(BigDecimal.ZERO)
                .add(surchargePaid.subtract(surcharge.amount()).max(BigDecimal.ZERO)).setScale(2);
        BigDecimal outstanding = fineOutstanding.add(surchargeOutstanding);
        boolean fullyPaid = outstanding.signum() == 0;

        // finality: the remedy windows from the deemed service, unless a remedy is open or changed the decision
        LocalDate windows = later(periods.dueFrom(row.servedDate, StatutoryPeriod.RECONSIDERATION).date(),
                periods.dueFrom(row.servedDate, StatutoryPeriod.LITIGATION).date());
        boolean blocked = false;
        for (Remedy r : remedyList) {
            if (r.open() || r.outcome().changesDecision()) {
                blocked = true;
            } else {
                windows = later(windows, r.kind() == RemedyKind.RECONSIDERATION
                        ? periods.dueFrom(r.endedOn(), StatutoryPeriod.SUIT_AFTER_RECONSIDERATION).date()
                        : r.endedOn());
            }
        }
        LocalDate finalOn = blocked || !today.isAfter(windows) ? null : windows.plusDays(1);

        ExecutionAct demand = last(acts, ExecutionActKind.DEMAND);
        LocalDate demandEnd = demand == null || demand.servedDate() == null ? null
                : periods.dueFrom(demand.servedDate(), StatutoryPeriod.DEMAND).date();
        LocalDate courtBy = blocked ? null
                : periods.dueFrom(later(windows, deferred ? due : windows), StatutoryPeriod.COURT_APPLICATION).date();
        LocalDate courtFrom = blocked || demandEnd == null ? null : later(windows, demandEnd).plusDays(1);
        ExecutionAct court = last(acts, ExecutionActKind.COURT);
        ExecutionAct termination = last(acts, ExecutionActKind.TERMINATION);
        boolean settled = fullyPaid || termination != null || (court != null && court.ruledDate() != null)
                || annulledBy != null;
        return new ExecutionStatus(fine, finePaid, fineOutstanding, due, deferred, schedule, surcharge, surchargePaid,
                surchargeOutstanding, outstanding, fullyPaid, windows, finalOn, demand, demandEnd, courtFrom, courtBy,
                court, termination, settled, payments, acts, annulledBy, changedBy, refundDue);
    }

    /** n instalments every {@code interval} days from {@code from}; equal parts, the last one takes the rest. */
    List<ExecutionStatus.Instalment> instalments(BigDecimal fine, LocalDate from, int n, int interval) {
        BigDecimal part = fine.divide(BigDecimal.valueOf(n), 2, RoundingMode.DOWN);
        List<ExecutionStatus.Instalment> out = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            BigDecimal amount = k < n ? part : fine.subtract(part.multiply(BigDecimal.valueOf(n - 1L)));
            out.add(new ExecutionStatus.Instalment(k, deferredDue(from, k * interval), amount));
        }
        return out;
    }

    private static LocalDate completedOn(BigDecimal fine, List<Payment> payments, LocalDate legacyPaidDate) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Payment p : payments) {
            sum = sum.add(p.finePart());
            if (sum.compareTo(fine) >= 0) {
                return p.paidOn();
            }
        }
        return legacyPaidDate;
    }

    private static ExecutionAct last(List<ExecutionAct> acts, ExecutionActKind kind) {
        ExecutionAct found = null;
        for (ExecutionAct a : acts) {
            if (a.kind() == kind) {
                found = a;
            }
        }
        return found;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b.isAfter(a) ? b : a;
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
