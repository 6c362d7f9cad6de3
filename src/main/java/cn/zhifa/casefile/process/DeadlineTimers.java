package cn.zhifa.casefile.process;

import cn.zhifa.casefile.CaseClockService;
import cn.zhifa.casefile.PreservationService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Timer dates for the BPMN models, computed by the calendar component (never hand-written durations):
 * {@code ${deadlineTimers.nextCheckAt(execution)}} (case-clock.bpmn) and
 * {@code ${deadlineTimers.preservationLapseAt(preservationId)}} (evidence-preservation.bpmn).
 */
@Component("deadlineTimers")
public class DeadlineTimers {

    private final CaseClockService clockService;
    private final PreservationService preservations;
    private final Clock clock;

    public DeadlineTimers(CaseClockService clockService, PreservationService preservations, Clock clock) {
        this.clockService = clockService;
        this.preservations = preservations;
        this.clock = clock;
    }

    /**
     * When the case's clock wakes next: the first moment its start carries (computed with the deadlines just stored,
     * {@link CaseClockProcess#VAR_FIRST_CHECK}), else its earliest pending warning or overdue moment.
     */
    public Date nextCheckAt(DelegateExecution execution) {
        if (execution.getVariable(CaseClockProcess.VAR_FIRST_CHECK) instanceof Date first) {
            return first;
        }
        return nextCheckAt(execution.getVariable(CaseClockProcess.VAR_CASE_ID));
    }

    /** When the case's clock wakes next: its earliest pending warning or overdue moment. */
    public Date nextCheckAt(Object caseId) {
        return Date.from(clockService.nextCheckAt(((Number) caseId).longValue()));
    }

    /** A preservation lapses at the end of its last day (7 working days, 行政处罚法 Art. 56). */
    public Date preservationLapseAt(Object preservationId) {
        return endOf(preservations.dueDate(((Number) preservationId).longValue()));
    }

    Date endOf(LocalDate day) {
        return Date.from(day.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
    }
}
