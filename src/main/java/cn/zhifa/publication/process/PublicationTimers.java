package cn.zhifa.publication.process;

import cn.zhifa.calendar.DeadlineLights;
import cn.zhifa.publication.PublicationAlerts;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Timer dates of {@code bpmn/publication-watch.bpmn} from the calendar component:
 * {@code ${publicationTimers.warnAt(execution)}} (N working days before the due date, 08:30) and
 * {@code ${publicationTimers.overdueAt(publicationId)}} (end of the due date).
 */
@Component("publicationTimers")
public class PublicationTimers {

    static final LocalTime WARNING_TIME = LocalTime.of(8, 30);

    private final PublicationAlerts publications;
    private final DeadlineLights lights;
    private final Clock clock;

    public PublicationTimers(@Lazy PublicationAlerts publications, DeadlineLights lights, Clock clock) {
        this.publications = publications;
        this.lights = lights;
        this.clock = clock;
    }

    /** The first timer: from the due date its watch's start carries ({@link PublicationWatch#VAR_DUE_DATE}), else read. */
    public Date warnAt(DelegateExecution execution) {
        if (execution.getVariable(PublicationWatch.VAR_DUE_DATE) instanceof String due) {
            return at(lights.warnFrom(LocalDate.parse(due)));
        }
        return warnAt(execution.getVariable(PublicationWatch.VAR_PUBLICATION_ID));
    }

    public Date warnAt(Object publicationId) {
        LocalDate day = publications.dueDate(((Number) publicationId).longValue()).map(lights::warnFrom)
                .orElse(LocalDate.now(clock));
        return at(day);
    }

    private Date at(LocalDate day) {
        return Date.from(day.atTime(WARNING_TIME).atZone(clock.getZone()).toInstant());
    }

    public Date overdueAt(Object publicationId) {
        LocalDate day = publications.dueDate(((Number) publicationId).longValue()).orElse(LocalDate.now(clock));
        return Date.from(day.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
    }
}
