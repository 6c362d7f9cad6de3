package cn.zhifa.complaint.process;

import cn.zhifa.complaint.ComplaintService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Timer dates of {@code bpmn/complaint.bpmn} from the stored, calendar-computed deadlines: the end (24:00) of the last
 * day of verification ({@code ${complaintTimers.verifyLateAt(caseId)}}) and of the reply.
 */
@Component("complaintTimers")
public class ComplaintTimers {

    private final ComplaintService complaints;
    private final Clock clock;

    public ComplaintTimers(ComplaintService complaints, Clock clock) {
        this.complaints = complaints;
        this.clock = clock;
    }

    public Date verifyLateAt(Object complaintId) {
        return endOf(complaints.dueDates(((Number) complaintId).longValue())[0]);
    }

    public Date replyLateAt(Object complaintId) {
        return endOf(complaints.dueDates(((Number) complaintId).longValue())[1]);
    }

    private Date endOf(LocalDate day) {
        LocalDate d = day == null ? LocalDate.now(clock) : day;
        return Date.from(d.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
    }
}
