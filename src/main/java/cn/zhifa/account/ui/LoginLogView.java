package cn.zhifa.account.ui;

import cn.zhifa.account.LoginEvent;
import cn.zhifa.account.LoginGuard;
import cn.zhifa.account.Lockout;
import cn.zhifa.organization.CurrentActor;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.shared.ui.MainLayout;
import cn.zhifa.shared.ui.Ui;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** 登录日志: the log of logins and failures, the lockouts in force, and unlock with a reason (admins). */
@Route(value = "admin/logins", layout = MainLayout.class)
@Menu(title = "ui.nav.logins", order = 19, icon = "vaadin:lock")
@RolesAllowed("ADMIN")
class LoginLogView extends VerticalLayout implements HasDynamicTitle {

    private final LoginGuard guard;
    private final Messages messages;
    private final Grid<LoginEvent> log = new Grid<>();
    private final Grid<Lockout> locks = new Grid<>();
    private final TextField username = new TextField();

    LoginLogView(LoginGuard guard, Messages messages) {
        this.guard = guard;
        this.messages = messages;
        addClassName("zhifa-view");
        setSizeFull();
        username.setLabel(getTranslation("ui.logins.username"));
        username.setId("logins-username");
        username.setMaxLength(100);
        Button search = new Button(getTranslation("ui.logins.search"), e -> refresh());
        search.setId("logins-search");

        locks.setId("lockouts-grid");
        locks.addThemeVariants(GridVariant.LUMO_COMPACT);
        locks.setAllRowsVisible(true);
        locks.addColumn(l -> getTranslation("ui.logins.scope." + l.scope().name()))
                .setHeader(getTranslation("ui.logins.scope")).setAutoWidth(true);
        locks.addColumn(Lockout::subject).setHeader(getTranslation("ui.logins.subject")).setFlexGrow(1);
        locks.addColumn(Lockout::failures).setHeader(getTranslation("ui.logins.failures")).setAutoWidth(true);
        locks.addColumn(l -> Ui.dateTime(l.until())).setHeader(getTranslation("ui.logins.until")).setAutoWidth(true);
        locks.addComponentColumn(l -> {
            Button unlock = new Button(getTranslation("ui.logins.unlock"), e -> unlock(l));
            unlock.addThemeVariants(ButtonVariant.LUMO_SMALL);
            unlock.setId("unlock-" + l.scope() + "-" + l.subject().hashCode());
            return unlock;
        }).setHeader(getTranslation("ui.col.actions")).setAutoWidth(true);

        log.setId("logins-grid");
        log.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        log.addColumn(e -> Ui.dateTime(e.at())).setHeader(getTranslation("ui.logins.at")).setAutoWidth(true);
        log.addColumn(LoginEvent::username).setHeader(getTranslation("ui.logins.username")).setAutoWidth(true);
        log.addColumn(LoginEvent::address).setHeader(getTranslation("ui.logins.address")).setAutoWidth(true);
        log.addColumn(e -> getTranslation("ui.logins.channel." + e.channel().name()))
                .setHeader(getTranslation("ui.logins.channel")).setAutoWidth(true);
        log.addColumn(e -> getTranslation("ui.logins.outcome." + e.outcome().name()))
                .setHeader(getTranslation("ui.logins.outcome")).setAutoWidth(true);
        log.addColumn(e -> Ui.orDash(e.detail())).setHeader(getTranslation("ui.logins.detail")).setFlexGrow(1);
        log.setSizeFull();

        add(new H2(getTranslation("ui.logins.title")), new H3(getTranslation("ui.logins.locked")), locks,
                new HorizontalLayout(username, search), log);
        refresh();
    }

    private void refresh() {
        try {
            var actor = CurrentActor.get();
            locks.setItems(guard.lockouts(actor));
            log.setItems(guard.events(actor, username.getValue(), 500));
        } catch (DomainException e) {
            Ui.refused(messages, e);
        }
    }

    private void unlock(Lockout lockout) {
        TextArea reason = new TextArea(getTranslation("ui.logins.reason"));
        reason.setId("unlock-reason");
        reason.setMaxLength(400);
        reason.setWidthFull();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("ui.logins.unlock") + " " + lockout.subject());
        Button ok = new Button(getTranslation("ui.logins.unlock"), e -> {
            try {
                guard.unlock(CurrentActor.get(), lockout.scope(), lockout.subject(), reason.getValue());
                dialog.close();
                Ui.success(getTranslation("ui.logins.unlocked"));
                refresh();
            } catch (DomainException ex) {
                Ui.refused(messages, ex);
            }
        });
        ok.setId("unlock-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(reason);
        dialog.getFooter().add(ok);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ui.nav.logins");
    }
}
