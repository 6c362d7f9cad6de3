package cn.zhifa.casefile.process;

import cn.zhifa.casefile.CaseClockService;
import cn.zhifa.casefile.CaseDeadline;
import cn.zhifa.casefile.DeadlineKind;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * After a watch timer fires: is the deadline closed (DONE), has its date moved later by a pause or an extension
 * (MOVED: wait again), or is the moment reached (DUE)? The phase (WARN or OVERDUE) comes from the element id.
 */
@Component("deadlineCheckDelegate")
class DeadlineCheckDelegate implements JavaDelegate {

    private final CaseClockService clock;
    private final DeadlineTimers timers;

    DeadlineCheckDelegate(CaseClockService clock, DeadlineTimers timers) {
        this.clock = clock;
        this.timers = timers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object caseId = execution.getVariable(DeadlineWatch.VAR_CASE_ID);
        String kind = (String) execution.getVariable(DeadlineWatch.VAR_KIND);
        boolean warnPhase = DeadlineWatch.TASK_CHECK_WARN.equals(execution.getCurrentActivityId());
        CaseDeadline d = clock.stored(((Number) caseId).longValue(), DeadlineKind.valueOf(kind));
        String state;
        if (d == null || !d.open()) {
            state = DeadlineWatch.STATE_DONE;
        } else {
            Date moment = warnPhase ? timers.warnAt(caseId, kind) : timers.overdueAt(caseId, kind);
            state = ClockUtil.getCurrentTime().before(moment) ? DeadlineWatch.STATE_MOVED : DeadlineWatch.STATE_DUE;
        }
        execution.setVariable(DeadlineWatch.VAR_STATE, state);
        execution.setVariable(DeadlineWatch.VAR_PHASE, warnPhase ? "WARN" : "OVERDUE");
    }
}
