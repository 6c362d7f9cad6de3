package cn.zhifa.casefile.ui;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.organization.Actor;
import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A section another feature adds to the case workspace (e.g. the heads' deliberation history), so the case file
 * does not depend on that feature. Called on every render; returns a new component, or empty to show nothing.
 */
public interface CaseWorkspaceSection {

    /** The message key of the section's title. */
    String titleKey();

    Optional<Component> render(Actor actor, CaseFile caseFile);
}
