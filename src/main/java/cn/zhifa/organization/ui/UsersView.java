package cn.zhifa.organization.ui;

import cn.zhifa.organization.CurrentActor;
import cn.zhifa.organization.NewUser;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.Unit;
import cn.zhifa.organization.UserAccount;
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
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** 用户管理: create and edit users, their roles and unit, enable/disable, reset passwords. */
@Route(value = "admin/users", layout = MainLayout.class)
@Menu(title = "ui.nav.users", order = 10, icon = "vaadin:users")
@RolesAllowed("ADMIN")
class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final OrganizationService organization;
    private final Messages messages;
    private final Grid<UserAccount> grid = new Grid<>();

    UsersView(OrganizationService organization, Messages messages) {
        this.organization = organization;
        this.messages = messages;
        addClassName("zhifa-view");
        setSizeFull();
        Button add = new Button(getTranslation("ui.admin.newUser"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.setId("user-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("users-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(UserAccount::username).setHeader(getTranslation("ui.admin.username")).setAutoWidth(true);
        grid.addColumn(UserAccount::displayName).setHeader(getTranslation("ui.admin.displayName")).setAutoWidth(true);
        Map<Long, String> unitNames = organization.units().stream()
                .collect(Collectors.toMap(Unit::id, Unit::name));
        grid.addColumn(u -> unitNames.getOrDefault(u.unitId(), Ui.DASH)).setHeader(getTranslation("ui.admin.unit"))
                .setAutoWidth(true);
        grid.addColumn(u -> u.roles().stream().sorted().map(r -> getTranslation("ui.role." + r.name()))
                .collect(Collectors.joining("、"))).setHeader(getTranslation("ui.admin.roles")).setFlexGrow(1);
        grid.addColumn(u -> getTranslation(u.enabled() ? "ui.admin.enabledYes" : "ui.admin.enabledNo"))
                .setHeader(getTranslation("ui.admin.enabled")).setAutoWidth(true);
        grid.addComponentColumn(u -> {
            Button edit = new Button(getTranslation("ui.edit"), e -> edit(u));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            edit.setId("user-edit-" + u.username());
            Button reset = new Button(getTranslation("ui.admin.resetPassword"), e -> resetPassword(u));
            reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            reset.setId("user-reset-" + u.username());
            return new HorizontalLayout(edit, reset);
        }).setHeader(getTranslation("ui.col.actions")).setAutoWidth(true);
        grid.setSizeFull();
        refresh();
        add(new HorizontalLayout(new H2(getTranslation("ui.nav.users")), add), grid);
    }

    private void refresh() {
        grid.setItems(organization.users(null));
    }

    private void edit(UserAccount user) {
        List<Unit> units = organization.units();
        UserForm form = new UserForm(user, units);
        Dialog[] dialog = new Dialog[1];
        form.addSaveListener(e -> {
            UserForm.UserDraft d = e.draft();
            try {
                if (d.id() == null) {
                    organization.createUser(CurrentActor.get(), new NewUser(d.username(), d.password(),
                            d.displayName(), d.unitId() == null ? -1 : d.unitId(), d.phone(), d.roles()));
                } else {
                    organization.updateUser(CurrentActor.get(), d.id(), d.displayName(),
                            d.unitId() == null ? -1 : d.unitId(), d.phone(), d.enabled(), d.roles());
                }
            } catch (DomainException refused) {
                Ui.refused(messages, refused);
                return;
            }
            Ui.success(getTranslation("ui.saved"));
            dialog[0].close();
            refresh();
        });
        dialog[0] = AdminDialogs.open(this, getTranslation(user == null ? "ui.admin.newUser" : "ui.admin.editUser"),
                form, form::save);
    }

    private void resetPassword(UserAccount user) {
        PasswordField password = new PasswordField(getTranslation("ui.admin.newPassword"));
        password.setHelperText(getTranslation("ui.admin.passwordHelp"));
        password.setId("user-new-password");
        password.setWidthFull();
        Dialog[] dialog = new Dialog[1];
        dialog[0] = AdminDialogs.open(this, getTranslation("ui.admin.resetPasswordOf", user.displayName()), password,
                () -> {
                    try {
                        organization.resetPassword(CurrentActor.get(), user.id(), password.getValue());
                    } catch (DomainException refused) {
                        Ui.refused(messages, refused);
                        return;
                    }
                    Ui.success(getTranslation("ui.saved"));
                    dialog[0].close();
                });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ui.nav.users") + " · " + getTranslation("app.name");
    }
}
