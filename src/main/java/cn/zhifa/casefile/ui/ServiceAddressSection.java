package cn.zhifa.casefile.ui;

import cn.zhifa.casefile.CaseFileView;
import cn.zhifa.casefile.Limitation;
import cn.zhifa.casefile.ServiceAddress;
import cn.zhifa.casefile.ServiceOfDocuments;
import cn.zhifa.organization.Actor;
import cn.zhifa.shared.ui.Ui;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;

/**
 * The case's 送达地址确认书 (whether electronic service is allowed, 行政处罚法 Art. 61 ¶2) with the dialog to record it,
 * and the limitation of Art. 36 as recorded on the lead (a warning when time-barred). Decision 0020.
 */
final class ServiceAddressSection extends ClockSectionBase {

    ServiceAddressSection(CaseClockSection.Services services, Actor actor, CaseFileView view, Runnable reload) {
        super(services, actor, view.caseFile(), reload);
        setId("case-service-address");
        ServiceAddress a = services.serving().address(actor, c.id()).orElse(null);
        Div current = new Div(a == null ? getTranslation("ui.address.none")
                : getTranslation("ui.address.current", a.partyName(), a.postalAddress(), Ui.date(a.signedOn())) + "；"
                        + (a.allowsElectronicService() ? getTranslation("ui.address.consent", a.electronicAddress())
                                : getTranslation("ui.address.noConsent")));
        current.setId("service-address-current");
        add(current);
        services.cases().limitation(actor, c.id()).ifPresent(this::limitation);
        boolean handler = view.handlers().stream().anyMatch(h -> h.userId() == actor.userId());
        boolean registrar = view.handlers().isEmpty() && c.registeredBy() == actor.userId();
        if ((handler || registrar || actor.isHead()) && c.unitId() == actor.unitId() && !c.isReadOnly()) {
            Button record = new Button(getTranslation("ui.address.record"), VaadinIcon.ENVELOPE.create(),
                    e -> record(view));
            record.setId("service-address-record");
            add(record);
        }
    }

    private void limitation(Limitation.Status s) {
        Div line = new Div(s.timeBarred()
                ? getTranslation("ui.limitation.barred", Ui.date(s.lastDay()), Ui.date(s.discovered()))
                : getTranslation("ui.limitation.status", Ui.date(s.runsFrom()), Ui.date(s.lastDay())));
        line.setId("case-limitation");
        if (s.timeBarred()) {
            line.addClassName("zhifa-banner-warning");
        }
        add(line);
    }

    private void record(CaseFileView view) {
        TextField party = new TextField(getTranslation("ui.address.partyName"));
        party.setId("address-party");
        party.setMaxLength(100);
        view.parties().stream().findFirst().ifPresent(p -> party.setValue(p.name()));
        TextField postal = new TextField(getTranslation("ui.address.postal"));
        postal.setId("address-postal");
        postal.setMaxLength(200);
        view.parties().stream().findFirst().filter(p -> p.address() != null).ifPresent(p -> postal.setValue(p.address()));
        Checkbox consent = new Checkbox(getTranslation("ui.address.electronicConsent"));
        consent.setId("address-consent");
        TextField electronic = new TextField(getTranslation("ui.address.electronic"));
        electronic.setId("address-electronic");
        electronic.setMaxLength(200);
        electronic.setEnabled(false);
        consent.addValueChangeListener(e -> electronic.setEnabled(Boolean.TRUE.equals(e.getValue())));
        DatePicker signed = datePicker("ui.address.signedOn", "address-signed-on");
        signed.setMax(LocalDate.now(services.today()));
        FormLayout form = new FormLayout(party, postal, consent, electronic, signed);
        dialog("ui.address.record", form, () -> required(party, !party.getValue().isBlank())
                & required(postal, !postal.getValue().isBlank())
                & required(electronic, !consent.getValue() || !electronic.getValue().isBlank())
                & required(signed, signed.getValue() != null && !signed.isInvalid()),
                () -> services.serving().confirmAddress(actor, c.id(), new ServiceOfDocuments.AddressInput(
                        party.getValue(), postal.getValue(), consent.getValue(), electronic.getValue(),
                        signed.getValue())), "ui.address.saved");
    }
}
