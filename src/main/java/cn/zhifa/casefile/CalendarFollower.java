package cn.zhifa.casefile;

import cn.zhifa.calendar.CalendarChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** When the calendar changes, every open case's deadlines follow (in a transaction of their own). */
@Component
class CalendarFollower {

    private final CaseClockService clock;

    CalendarFollower(CaseClockService clock) {
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void calendarChanged(CalendarChanged event) {
        clock.refreshAllOpen("工作日历变更");
    }
}
