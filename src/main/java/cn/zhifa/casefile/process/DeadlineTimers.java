package cn.zhifa.casefile.process;

import cn.zhifa.casefile.CaseClockService;
import cn.zhifa.casefile.CaseDeadline;
import cn.zhifa.casefile.DeadlineKind;
import cn.zhifa.casefile.PreservationService;
import cn.zhifa.calendar.DeadlineLights;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Timer dates for the BPMN models, computed by the calendar component (never hand-written durations):
 * {@code ${deadlineTimers.warnAt(caseId, deadlineKind)}}, {@code ${deadlineTimers.overdueAt(caseId, deadlineKind)}},
 * {@code ${deadlineTimers.preservationLapseAt(preservationId)}}.
 */
@Component("deadlineTimers")
public class DeadlineTimers {

    /** Warnings are raised at the start of the working day. */
    static final LocalTime WARNING_TIME = LocalTime.of(8, 30);

    private final CaseClockService clockService;
    private final PreservationService preservations;
    private final DeadlineLights lights;
    private final Clock clock;

    public DeadlineTimers(CaseClockService clockService, PreservationService preservations, DeadlineLights lights,
            Clock clock) {
        this.clockService = clockService;
        this.preservations = preservations;
        this.lights = lights;
        this.clock = clock;
    }

    /** The yellow moment: N working days before the last day, 08:30. */
    public Date warnAt(Object caseId, String kind) {
        CaseDeadline d = clockService.stored(((Number) caseId).longValue(), DeadlineKind.valueOf(kind));
        LocalDate day = d == null ? LocalDate.now(clock) : lights.warnFrom(d.due());
        return Date.from(day.atTime(WARNING_TIME).atZone(clock.getZone()).toInstant());
    }

    /** The red moment: the end of the last day (24:00). */
    public Date overdueAt(Object caseId, String kind) {
        CaseDeadline d = clockService.stored(((Number) caseId).longValue(), DeadlineKind.valueOf(kind));
        LocalDate day = d == null ? LocalDate.now(clock) : d.due();
        return endOf(day);
    }

    /** A preservation lapses at the end of its last day (7 working days, 行政处罚法 Art. 56). */
    public Date preservationLapseAt(Object preservationId) {
        return endOf(preservations.dueDate(((Number) preservationId).longValue()));
    }

    Date endOf(LocalDate day) {
        return Date.from(day.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
    }
}
