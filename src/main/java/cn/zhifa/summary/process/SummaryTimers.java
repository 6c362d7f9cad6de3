package cn.zhifa.summary.process;

import cn.zhifa.summary.SummaryProcedureService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Timer dates of {@code bpmn/summary-procedure.bpmn} from the stored deadlines (computed by the working-day
 * calendar): {@code ${summaryTimers.handInLateAt(caseId)}}, {@code ${summaryTimers.filingLateAt(caseId)}} — the end
 * (24:00) of the last day.
 */
@Component("summaryTimers")
public class SummaryTimers {

    private final SummaryProcedureService summaries;
    private final Clock clock;

    public SummaryTimers(SummaryProcedureService summaries, Clock clock) {
        this.summaries = summaries;
        this.clock = clock;
    }

    public Date handInLateAt(Object caseId) {
        return endOf(summaries.dueDates(((Number) caseId).longValue())[0]);
    }

    public Date filingLateAt(Object caseId) {
        return endOf(summaries.dueDates(((Number) caseId).longValue())[1]);
    }

    private Date endOf(LocalDate day) {
        LocalDate d = day == null ? LocalDate.now(clock) : day;
        return Date.from(d.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
    }
}
