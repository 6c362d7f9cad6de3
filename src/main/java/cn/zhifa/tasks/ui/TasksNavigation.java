package cn.zhifa.tasks.ui;

import com.vaadin.flow.component.UI;

/** Links into the inbox for other features. */
@org.springframework.modulith.NamedInterface("ui")
public final class TasksNavigation {
    private TasksNavigation() {
    }

    public static void toInbox() {
        UI.getCurrent().navigate(InboxView.class);
    }
}
