package cn.zhifa.calendar;

import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The warning rule for every deadline: yellow from {@code zhifa.deadlines.warn-working-days} working days before the
 * last day (default 3), red after the last day. Days left are counted in working days.
 */
@Component
public class DeadlineLights {

    private final WorkingDayCalendar calendar;
    private final int warnWorkingDays;

    public DeadlineLights(WorkingDayCalendar calendar, @Value("${zhifa.deadlines.warn-working-days:3}") int warn) {
        if (warn < 0 || warn > 30) {
            throw new IllegalArgumentException("zhifa.deadlines.warn-working-days must be 0..30, is " + warn);
        }
        this.calendar = calendar;
        this.warnWorkingDays = warn;
    }

    public int warnWorkingDays() {
        return warnWorkingDays;
    }

    public DeadlineLight light(LocalDate due, LocalDate today) {
        if (today.isAfter(due)) {
            return DeadlineLight.RED;
        }
        return today.isBefore(warnFrom(due)) ? DeadlineLight.GREEN : DeadlineLight.YELLOW;
    }

    /** Working days from today to the last day (0 on the last day, negative when overdue). */
    public long workingDaysLeft(LocalDate due, LocalDate today) {
        return calendar.workingDaysBetween(today, due);
    }

    /**
     * The last due date that shows yellow today: a deadline due after it is green, one due from today up to it is
     * yellow, one due before today red (what the inbox's light filter reads as ranges of the due date).
     */
    public LocalDate lastYellowDay(LocalDate today) {
        LocalDate d = today;
        while (!warnFrom(d.plusDays(1)).isAfter(today)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The first day of the yellow window: N working days before the last day. */
    public LocalDate warnFrom(LocalDate due) {
        LocalDate d = due;
        int n = 0;
        while (n < warnWorkingDays) {
            d = d.minusDays(1);
            if (calendar.isWorkingDay(d)) {
                n++;
            }
        }
        return d;
    }
}
