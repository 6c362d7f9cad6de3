package cn.zhifa.casefile.process;

import cn.zhifa.shared.ProcessStarts;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Engine port of {@code bpmn/evidence-preservation.bpmn}. */
@Component
public class PreservationEngine {

    public static final String PROCESS_KEY = "evidence-preservation";
    public static final String RESOURCE = "bpmn/evidence-preservation.bpmn";
    public static final String MESSAGE_DECIDED = "PreservationDecided";
    public static final String RECEIVE_AWAIT_DECISION = "Task_AwaitDecision";
    public static final String TIMER_LAPSE = "TimerEvent_Lapse";
    public static final String TASK_LAPSE = "Task_Lapse";
    public static final String END_DECIDED = "EndEvent_Decided";
    public static final String END_LAPSED = "EndEvent_Lapsed";
    public static final String VAR_PRESERVATION_ID = "preservationId";

    private final RuntimeService runtime;
    private final ProcessStarts starts;

    public PreservationEngine(RuntimeService runtime, ProcessStarts starts) {
        this.runtime = runtime;
        this.starts = starts;
    }

    public String start(long caseId, long preservationId) {
        return starts.start(PROCESS_KEY, "preservation:" + preservationId,
                Map.of(VAR_PRESERVATION_ID, preservationId, "caseId", caseId));
    }

    public void decided(long preservationId) {
        runtime.createMessageCorrelation(MESSAGE_DECIDED)
                .processInstanceBusinessKey("preservation:" + preservationId).correlate();
    }
}
