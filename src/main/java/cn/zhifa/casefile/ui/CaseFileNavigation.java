package cn.zhifa.casefile.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/** Links into the case-file screens for other features (the inbox, the shell). */
@org.springframework.modulith.NamedInterface("ui")
public final class CaseFileNavigation {
    private CaseFileNavigation() {
    }

    /** A link to the case workspace. */
    public static RouterLink caseLink(String text, long caseId) {
        return new RouterLink(text, CaseWorkspaceView.class, new RouteParameters("id", String.valueOf(caseId)));
    }

    public static void toCase(long caseId) {
        UI.getCurrent().navigate(CaseWorkspaceView.class, new RouteParameters("id", String.valueOf(caseId)));
    }

    /** Opens the form that completes a task. */
    public static void toTask(String taskId) {
        UI.getCurrent().navigate(TaskFormView.class, new RouteParameters("taskId", taskId));
    }

    public static void toRegisterLead() {
        UI.getCurrent().navigate(RegisterLeadView.class);
    }

    public static void toSearch() {
        UI.getCurrent().navigate(CaseSearchView.class);
    }
}
