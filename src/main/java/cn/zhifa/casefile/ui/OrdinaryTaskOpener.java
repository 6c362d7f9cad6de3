package cn.zhifa.casefile.ui;

import cn.zhifa.tasks.InboxTask;
import cn.zhifa.tasks.ui.TaskOpener;
import com.vaadin.flow.component.Component;

/** The inbox opens an ordinary-procedure task in its step form and links its case workspace. */
@org.springframework.stereotype.Component
class OrdinaryTaskOpener implements TaskOpener {

    @Override
    public boolean serves(String procedureType) {
        return InboxTask.PROCEDURE_ORDINARY.equals(procedureType);
    }

    @Override
    public Component caseLink(InboxTask task, String text) {
        return CaseFileNavigation.caseLink(text, task.caseId());
    }

    @Override
    public void open(InboxTask task) {
        CaseFileNavigation.toTask(task.taskId());
    }
}
