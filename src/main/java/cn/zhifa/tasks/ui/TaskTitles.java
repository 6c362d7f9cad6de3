package cn.zhifa.tasks.ui;

import cn.zhifa.shared.ui.Ui;
import cn.zhifa.tasks.InboxTask;
import com.vaadin.flow.component.Component;

/** What a task's case is called in the inbox and in 已办: its number, or for a lead (no number yet) party and place. */
final class TaskTitles {

    private TaskTitles() {
    }

    static String title(Component ui, String procedureType, String caseNo, String party, String location) {
        if (InboxTask.PROCEDURE_COMPLAINT.equals(procedureType) || caseNo != null) {
            return Ui.orDash(caseNo);
        }
        String who = party == null || party.isBlank() ? Ui.DASH : party;
        return location == null || location.isBlank() ? ui.getTranslation("tasks.lead.titleNoPlace", who)
                : ui.getTranslation("tasks.lead.title", who, location);
    }

    /** The case link with its whole title as a tooltip, wrapping rather than hiding the end of the number. */
    static Component titled(Component link, String title) {
        link.getElement().setAttribute("title", title);
        link.getElement().getStyle().set("white-space", "normal");
        return link;
    }
}
