package cn.zhifa.notification.ui;

import cn.zhifa.notification.Notification;
import cn.zhifa.notification.NotificationService;
import cn.zhifa.organization.CurrentActor;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.shared.ui.HeaderWidget;
import cn.zhifa.shared.ui.Ui;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/**
 * The bell in the app bar: my unread notifications (deadline warnings, overdue deadlines, lapsed preservations) as a
 * count; a click opens my latest notifications, each with its case and a "mark read" button.
 */
class NotificationBell extends Div implements HeaderWidget.Refreshing {

    static final int SHOWN = 50;

    private final NotificationService notifications;
    private final Messages messages;
    private final Span count = new Span();
    private final Button bell;

    public NotificationBell(NotificationService notifications, Messages messages) {
        this.notifications = notifications;
        this.messages = messages;
        setId("notification-bell");
        addClassName("zhifa-bell");
        bell = new Button(VaadinIcon.BELL.create(), e -> open());
        bell.setId("notification-bell-button");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        count.setId("notification-count");
        count.addClassName("zhifa-bell-count");
        add(bell, count);
        refresh();
    }

    /** Re-reads my unread count (the shell calls this after every navigation). */
    @Override
    public void refresh() {
        int unread;
        try {
            unread = notifications.unreadCount(CurrentActor.get());
        } catch (DomainException e) {
            unread = 0;
        }
        count.setText(unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        String label = getTranslation("ui.notifications.unread", unread);
        bell.setAriaLabel(label);
        bell.setTooltipText(label);
    }

    private void open() {
        Dialog dialog = new Dialog();
        dialog.setId("notifications-dialog");
        dialog.setHeaderTitle(getTranslation("ui.notifications.title"));
        dialog.setWidth("42em");
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setId("notifications-list");
        fill(list, dialog);
        dialog.add(list);
        Button close = new Button(getTranslation("ui.close"), e -> dialog.close());
        close.setId("notifications-close");
        dialog.getFooter().add(close);
        dialog.open();
    }

    private void fill(VerticalLayout list, Dialog dialog) {
        list.removeAll();
        List<Notification> mine = notifications.mine(CurrentActor.get(), false, SHOWN);
        if (mine.isEmpty()) {
            list.add(new Span(getTranslation("ui.notifications.empty")));
        }
        for (Notification n : mine) {
            Div item = new Div();
            item.addClassName("zhifa-notification");
            item.setId("notification-" + n.id());
            if (n.readAt() == null) {
                item.addClassName("zhifa-notification-unread");
            }
            Span when = new Span(Ui.dateTime(n.createdAt()) + (n.dueDate() == null ? ""
                    : " · " + getTranslation("ui.col.due") + " " + Ui.date(n.dueDate())));
            when.addClassName("zhifa-muted");
            HorizontalLayout actions = new HorizontalLayout();
            actions.setAlignItems(FlexComponent.Alignment.BASELINE);
            if (n.caseId() != null) {
                Button toCase = new Button(getTranslation("ui.notifications.openCase"), e -> {
                    dialog.close();
                    UI.getCurrent().navigate("cases/" + n.caseId());
                });
                toCase.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                actions.add(toCase);
            }
            if (n.readAt() == null) {
                Button read = new Button(getTranslation("ui.notifications.markRead"), e -> {
                    try {
                        notifications.markRead(CurrentActor.get(), n.id());
                    } catch (DomainException ex) {
                        Ui.refused(messages, ex);
                    }
                    fill(list, dialog);
                    refresh();
                });
                read.setId("notification-read-" + n.id());
                read.addThemeVariants(ButtonVariant.LUMO_SMALL);
                actions.add(read);
            }
            item.add(new Div(new Span(Ui.text(n.message()))), when, actions);
            list.add(item);
        }
    }
}
