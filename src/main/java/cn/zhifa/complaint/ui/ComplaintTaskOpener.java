package cn.zhifa.complaint.ui;

import cn.zhifa.tasks.InboxTask;
import cn.zhifa.tasks.ui.TaskOpener;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;

/** The inbox opens a complaint task (and links it) on the complaint screen; the task's case id is the complaint's. */
@org.springframework.stereotype.Component
class ComplaintTaskOpener implements TaskOpener {

    @Override
    public boolean serves(String procedureType) {
        return InboxTask.PROCEDURE_COMPLAINT.equals(procedureType);
    }

    @Override
    public Component caseLink(InboxTask task, String text) {
        Anchor a = new Anchor("complaints/" + task.caseId(), text);
        a.getElement().setAttribute("router-link", true);
        return a;
    }

    @Override
    public void open(InboxTask task) {
        UI.getCurrent().navigate("complaints/" + task.caseId());
    }

    @Override
    public java.util.List<String> taskKeys() {
        return java.util.List.of(cn.zhifa.complaint.process.ComplaintProcess.TASK_ASSIGN,
                cn.zhifa.complaint.process.ComplaintProcess.TASK_VERIFY,
                cn.zhifa.complaint.process.ComplaintProcess.TASK_REPLY);
    }
}
