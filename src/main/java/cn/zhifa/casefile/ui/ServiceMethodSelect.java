package cn.zhifa.casefile.ui;

import cn.zhifa.casefile.ServiceMethod;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * 送达方式 select, defaulting to 直接送达, and the fields each method needs (decision 0020): the date's meaning per
 * method, the postal receipt number for mail, the reason for public notice, and the rule as a hint.
 */
final class ServiceMethodSelect {
    private ServiceMethodSelect() {
    }

    static Select<ServiceMethod> create(Component owner, String id) {
        Select<ServiceMethod> method = new Select<>();
        method.setLabel(owner.getTranslation("ui.form.serviceMethod"));
        method.setItems(ServiceMethod.values());
        method.setItemLabelGenerator(m -> owner.getTranslation("ui.method." + m.name()));
        method.setValue(ServiceMethod.DIRECT);
        method.setRequiredIndicatorVisible(true);
        method.setId(id);
        return method;
    }

    /** The method with its date, reference and reason fields, added to {@code fields}. */
    static final class Fields {
        final Select<ServiceMethod> method;
        final TextField reference;
        final TextArea reason;

        Fields(Component owner, FormLayout fields, DatePicker date, String idPrefix) {
            method = create(owner, idPrefix + "-method");
            reference = new TextField(owner.getTranslation("ui.service.reference"));
            reference.setId(idPrefix + "-reference");
            reference.setMaxLength(64);
            reason = new TextArea(owner.getTranslation("ui.service.publicNoticeReason"));
            reason.setId(idPrefix + "-public-notice-reason");
            reason.setMaxLength(2000);
            fields.add(date, method, reference, reason);
            fields.setColspan(reason, 2);
            method.addValueChangeListener(e -> show(owner, date, e.getValue()));
            show(owner, date, method.getValue());
        }

        private void show(Component owner, DatePicker date, ServiceMethod m) {
            ServiceMethod shown = m == null ? ServiceMethod.DIRECT : m;
            date.setLabel(owner.getTranslation("ui.service.date." + shown.name()));
            reference.setVisible(shown == ServiceMethod.MAIL);
            reference.setRequiredIndicatorVisible(shown == ServiceMethod.MAIL);
            reason.setVisible(shown == ServiceMethod.PUBLIC_NOTICE);
            reason.setRequiredIndicatorVisible(shown == ServiceMethod.PUBLIC_NOTICE);
            method.setHelperText(shown == ServiceMethod.PUBLIC_NOTICE ? owner.getTranslation("ui.service.deemed")
                    : shown == ServiceMethod.ELECTRONIC ? owner.getTranslation("ui.service.electronicHint") : null);
        }

        /** The postal receipt number, only for mail. */
        String reference() {
            return method.getValue() == ServiceMethod.MAIL ? StepForm.trim(reference.getValue()) : null;
        }

        /** The public-notice reason, only for public notice. */
        String reason() {
            return method.getValue() == ServiceMethod.PUBLIC_NOTICE ? StepForm.trim(reason.getValue()) : null;
        }
    }
}
