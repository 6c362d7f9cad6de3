package cn.zhifa.tasks.ui;

import cn.zhifa.shared.ui.MainLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The start page "/" is the inbox. */
@Route(value = "", layout = MainLayout.class)
@PermitAll
class RootRedirect extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(InboxView.class);
    }
}
