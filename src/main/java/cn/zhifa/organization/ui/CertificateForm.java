package cn.zhifa.organization.ui;

import cn.zhifa.organization.NewCertificate;
import cn.zhifa.organization.UserAccount;
import cn.zhifa.shared.ui.Ui;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Add an enforcement certificate (执法证) to a user: raises {@link SaveEvent} with the {@link NewCertificate}. */
class CertificateForm extends FormLayout {

    /** Default category of street-level comprehensive enforcement certificates. */
    static final String DEFAULT_CATEGORY = "城市管理综合执法";

    final ComboBox<UserAccount> holder = new ComboBox<>();
    final TextField certNo = new TextField();
    final TextField category = new TextField();
    final DatePicker validFrom;
    final DatePicker validTo;

    CertificateForm(List<UserAccount> users, LocalDate today, Locale locale) {
        holder.setLabel(getTranslation("ui.admin.holder"));
        holder.setItems(users);
        holder.setItemLabelGenerator(u -> u.displayName() + "（" + u.username() + "）");
        holder.setRequired(true);
        holder.setId("cert-holder");
        certNo.setLabel(getTranslation("ui.admin.certNo"));
        certNo.setRequired(true);
        certNo.setId("cert-no");
        category.setLabel(getTranslation("ui.admin.category"));
        category.setRequired(true);
        category.setValue(DEFAULT_CATEGORY);
        category.setId("cert-category");
        validFrom = Ui.datePicker(getTranslation("ui.admin.validFrom"), locale, getTranslation("ui.today"),
                getTranslation("ui.cancel"));
        validFrom.setValue(today);
        validFrom.setRequired(true);
        validFrom.setId("cert-valid-from");
        validTo = Ui.datePicker(getTranslation("ui.admin.validTo"), locale, getTranslation("ui.today"),
                getTranslation("ui.cancel"));
        validTo.setRequired(true);
        validTo.setId("cert-valid-to");
        add(holder, certNo, category, validFrom, validTo);
    }

    NewCertificate certificate() {
        UserAccount u = holder.getValue();
        return new NewCertificate(u == null ? -1 : u.id(), UserForm.blankToNull(certNo.getValue()),
                UserForm.blankToNull(category.getValue()), validFrom.getValue(), validTo.getValue());
    }

    void save() {
        fireEvent(new SaveEvent(this, certificate()));
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<CertificateForm> {
        private final NewCertificate certificate;

        SaveEvent(CertificateForm source, NewCertificate certificate) {
            super(source, false);
            this.certificate = certificate;
        }

        NewCertificate certificate() {
            return certificate;
        }
    }
}
