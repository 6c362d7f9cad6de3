package cn.zhifa.publication.process;

import cn.zhifa.publication.PublicationAlerts;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** After a watch timer fires: released (DONE), not yet (MOVED: wait again) or time is up (DUE). */
@Component("publicationCheckDelegate")
class PublicationCheckDelegate implements JavaDelegate {

    private final PublicationAlerts publications;
    private final PublicationTimers timers;

    PublicationCheckDelegate(@Lazy PublicationAlerts publications, PublicationTimers timers) {
        this.publications = publications;
        this.timers = timers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object id = execution.getVariable(PublicationWatch.VAR_PUBLICATION_ID);
        String state;
        if (!publications.awaitingRelease(((Number) id).longValue())) {
            state = PublicationWatch.STATE_DONE;
        } else {
            boolean warn = PublicationWatch.TASK_CHECK_WARN.equals(execution.getCurrentActivityId());
            Date moment = warn ? timers.warnAt(id) : timers.overdueAt(id);
            state = ClockUtil.getCurrentTime().before(moment) ? PublicationWatch.STATE_MOVED
                    : PublicationWatch.STATE_DUE;
        }
        execution.setVariable(PublicationWatch.VAR_STATE, state);
    }
}
