package cn.zhifa.organization.ui;

import cn.zhifa.organization.Role;
import cn.zhifa.organization.Unit;
import cn.zhifa.organization.UserAccount;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Create or edit a user: raises {@link SaveEvent} with a {@link UserDraft}; never calls a service. */
class UserForm extends FormLayout {

    /** What the admin entered; {@code id == null} means a new user (then username and password are used). */
    record UserDraft(Long id, String username, String password, String displayName, Long unitId, String phone,
            boolean enabled, Set<Role> roles) {
    }

    final TextField username = new TextField();
    final PasswordField password = new PasswordField();
    final TextField displayName = new TextField();
    final ComboBox<Unit> unit = new ComboBox<>();
    final TextField phone = new TextField();
    final Checkbox enabled = new Checkbox();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final Long id;

    UserForm(UserAccount user, List<Unit> units) {
        this.id = user == null ? null : user.id();
        username.setLabel(getTranslation("ui.admin.username"));
        username.setRequired(true);
        username.setId("user-username");
        password.setLabel(getTranslation("ui.admin.password"));
        password.setRequired(true);
        password.setHelperText(getTranslation("ui.admin.passwordHelp"));
        password.setId("user-password");
        displayName.setLabel(getTranslation("ui.admin.displayName"));
        displayName.setRequired(true);
        displayName.setId("user-display-name");
        unit.setLabel(getTranslation("ui.admin.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(Unit::name);
        unit.setRequired(true);
        unit.setId("user-unit");
        phone.setLabel(getTranslation("ui.party.phone"));
        phone.setId("user-phone");
        enabled.setLabel(getTranslation("ui.admin.enabled"));
        enabled.setValue(true);
        enabled.setId("user-enabled");
        roles.setLabel(getTranslation("ui.admin.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("ui.role." + r.name()));
        roles.setRequiredIndicatorVisible(true);
        roles.setId("user-roles");
        if (user != null) {
            username.setValue(user.username());
            username.setReadOnly(true);
            password.setVisible(false);
            displayName.setValue(user.displayName());
            units.stream().filter(u -> u.id() == user.unitId()).findFirst().ifPresent(unit::setValue);
            phone.setValue(user.phone() == null ? "" : user.phone());
            enabled.setValue(user.enabled());
            roles.setValue(user.roles());
        } else {
            enabled.setVisible(false);
        }
        add(username, password, displayName, unit, phone, enabled, roles);
        setColspan(roles, 2);
    }

    UserDraft draft() {
        Unit u = unit.getValue();
        Set<Role> selected = roles.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(roles.getValue());
        return new UserDraft(id, username.getValue().trim(), id == null ? password.getValue() : null,
                displayName.getValue(), u == null ? null : u.id(), blankToNull(phone.getValue()),
                id == null || enabled.getValue(), selected);
    }

    void save() {
        fireEvent(new SaveEvent(this, draft()));
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static final class SaveEvent extends ComponentEvent<UserForm> {
        private final UserDraft draft;

        SaveEvent(UserForm source, UserDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        UserDraft draft() {
            return draft;
        }
    }
}
