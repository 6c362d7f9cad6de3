package cn.zhifa.casefile.process;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Starts deadline watches (engine port). Business key: {@code <caseId>:<kind>}. */
@Component
public class DeadlineWatchEngine {

    private final RuntimeService runtime;

    public DeadlineWatchEngine(RuntimeService runtime) {
        this.runtime = runtime;
    }

    public void start(long caseId, String kind) {
        runtime.startProcessInstanceByKey(DeadlineWatch.PROCESS_KEY, caseId + ":" + kind,
                Map.of(DeadlineWatch.VAR_CASE_ID, caseId, DeadlineWatch.VAR_KIND, kind));
    }
}
