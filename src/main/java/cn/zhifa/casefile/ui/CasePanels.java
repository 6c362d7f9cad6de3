package cn.zhifa.casefile.ui;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.organization.Actor;
import cn.zhifa.tasks.InboxTask;
import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Content other features add to the case workspace and beside a task's form (e.g. the legal review's requirements
 * and history, the evidence a reviewer reads). Beans are called on every render; they build new components.
 */
public interface CasePanels {

    /** A section of the case workspace (with its own heading), or empty. */
    default Optional<Component> workspaceSection(Actor actor, CaseFile caseFile) {
        return Optional.empty();
    }

    /** Content shown beside the form of {@code task} (a split layout), or empty. */
    default Optional<Component> besideTask(Actor actor, InboxTask task, CaseFile caseFile) {
        return Optional.empty();
    }
}
