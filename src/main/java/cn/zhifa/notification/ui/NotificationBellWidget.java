package cn.zhifa.notification.ui;

import cn.zhifa.notification.NotificationService;
import cn.zhifa.shared.Messages;
import cn.zhifa.shared.ui.HeaderWidget;
import com.vaadin.flow.component.Component;
import org.springframework.core.annotation.Order;

/** The shell's header: my notifications' bell, its unread count re-read after every navigation. */
@org.springframework.stereotype.Component
@Order(10)
class NotificationBellWidget implements HeaderWidget {

    private final NotificationService notifications;
    private final Messages messages;

    NotificationBellWidget(NotificationService notifications, Messages messages) {
        this.notifications = notifications;
        this.messages = messages;
    }

    @Override
    public Component create() {
        return new NotificationBell(notifications, messages);
    }
}
