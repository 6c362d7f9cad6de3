package cn.zhifa.tasks.ui;

import cn.zhifa.organization.Actor;
import cn.zhifa.organization.CurrentActor;
import cn.zhifa.shared.ui.MainLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * The start page "/": the cockpit (驾驶舱) for supervisors, administrators and heads — who have few or no tasks of
 * their own — the inbox for everyone else.
 */
@Route(value = "", layout = MainLayout.class)
@PermitAll
class RootRedirect extends Div implements BeforeEnterObserver {

    /** The supervision cockpit's route (feature supervision). */
    static final String COCKPIT = "supervision/cockpit";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Actor actor = CurrentActor.get();
        if (actor != null && (actor.seesAllUnits() || actor.isHead())) {
            event.forwardTo(COCKPIT);
            return;
        }
        event.forwardTo(InboxView.class);
    }
}
