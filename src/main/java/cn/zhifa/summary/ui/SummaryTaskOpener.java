package cn.zhifa.summary.ui;

import cn.zhifa.casefile.ui.CaseFileNavigation;
import cn.zhifa.tasks.InboxTask;
import cn.zhifa.tasks.ui.TaskOpener;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

/** The inbox opens a summary-procedure task on the summary case screen and links the case workspace. */
@org.springframework.stereotype.Component
class SummaryTaskOpener implements TaskOpener {

    @Override
    public boolean serves(String procedureType) {
        return InboxTask.PROCEDURE_SUMMARY.equals(procedureType);
    }

    @Override
    public Component caseLink(InboxTask task, String text) {
        return CaseFileNavigation.caseLink(text, task.caseId());
    }

    @Override
    public void open(InboxTask task) {
        UI.getCurrent().navigate("summary/" + task.caseId());
    }

    @Override
    public java.util.List<String> taskKeys() {
        return java.util.List.of(cn.zhifa.summary.process.SummaryProcedure.TASK_HAND_IN,
                cn.zhifa.summary.process.SummaryProcedure.TASK_FILE_RECORD);
    }
}
