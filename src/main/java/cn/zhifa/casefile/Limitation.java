package cn.zhifa.casefile;

import cn.zhifa.calendar.Due;
import cn.zhifa.calendar.StatutoryPeriods;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * 行政处罚法 Art. 36 (追责时效): an act not discovered within 2 years (5 years for {@link LimitationClass#SAFETY_HARM})
 * is no longer punished. The period runs from the act, or from the end of a continuing act, through the one calendar
 * component (calendar-year arithmetic with the start day not counted and the end-day shift, decision 0020).
 */
@Component
public class Limitation {

    private final StatutoryPeriods periods;

    Limitation(StatutoryPeriods periods) {
        this.periods = periods;
    }

    /**
     * The limitation of an act as recorded, judged on {@code discovered}.
     *
     * @param runsFrom   the day the period starts from: the act's end for a continuing act, else the act date
     * @param lastDay    the last day on which discovery is in time
     * @param timeBarred discovered after {@code lastDay}
     */
    public record Status(LimitationClass limitationClass, LocalDate runsFrom, LocalDate lastDay, boolean confirmed,
            LocalDate discovered, boolean timeBarred) {
    }

    /** Empty while the act date is unknown (nothing can be judged yet). */
    public Optional<Status> of(LocalDate actDate, LocalDate actEndDate, LimitationClass limitationClass,
            LocalDate discovered) {
        if (actDate == null || discovered == null) {
            return Optional.empty();
        }
        LimitationClass c = LimitationClass.orGeneral(limitationClass);
        LocalDate from = actEndDate != null && actEndDate.isAfter(actDate) ? actEndDate : actDate;
        Due due = periods.dueFrom(from, c.period());
        return Optional.of(new Status(c, from, due.date(), due.confirmed(), discovered,
                discovered.isAfter(due.date())));
    }

    /**
     * Checks the end of a continuing act as entered: it needs the act date, is not before it and not in the future.
     */
    public static void checkActEnd(LocalDate actDate, LocalDate actEndDate, LocalDate today) {
        if (actEndDate == null) {
            return;
        }
        if (actDate == null) {
            throw cn.zhifa.shared.DomainException.invalid("field.required", "actDate");
        }
        if (actEndDate.isBefore(actDate)) {
            throw cn.zhifa.shared.DomainException.invalid("limitation.actEndBeforeAct");
        }
        if (actEndDate.isAfter(today)) {
            throw cn.zhifa.shared.DomainException.invalid("date.inFuture", "actEndDate");
        }
    }

    /** The status of a case as changed so far by a step. */
    public Optional<Status> of(CaseChanges c) {
        return of(c.actDate(), c.actEndDate(), c.limitationClass(), c.discoveredDate());
    }
}
