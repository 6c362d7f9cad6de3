package cn.zhifa.casefile.process;

import cn.zhifa.casefile.PreservationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Timer ran out without a handling decision: the preservation lapses (住建部令55 Art. 19). */
@Component("preservationLapseDelegate")
class PreservationLapseDelegate implements JavaDelegate {

    private final PreservationService preservations;

    PreservationLapseDelegate(PreservationService preservations) {
        this.preservations = preservations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        preservations.lapse(((Number) execution.getVariable(PreservationEngine.VAR_PRESERVATION_ID)).longValue());
    }
}
