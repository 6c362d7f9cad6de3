package cn.zhifa.casefile.process;

import cn.zhifa.casefile.CaseFileService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "归档": the case becomes read-only. */
@Component("archiveCaseDelegate")
class ArchiveCaseDelegate implements JavaDelegate {

    private final CaseFileService cases;

    ArchiveCaseDelegate(CaseFileService cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = ((Number) execution.getVariable(OrdinaryProcedure.VAR_CASE_ID)).longValue();
        cases.archive(caseId);
    }
}
