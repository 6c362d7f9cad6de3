package cn.zhifa.casefile.ui;

import cn.zhifa.casefile.LeadSource;
import cn.zhifa.casefile.NewLead;
import cn.zhifa.casefile.Party;
import cn.zhifa.organization.ViolationItem;
import cn.zhifa.shared.ui.Ui;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** 线索登记表: raises a {@link SubmitEvent} with the {@link NewLead}; never calls a service. */
class LeadForm extends VerticalLayout {

    static final int MAX_PARTIES = 5;

    final Select<LeadSource> source = new Select<>();
    final TextArea summary = new TextArea();
    final TextField location = new TextField();
    final DatePicker discovered;
    final DatePicker actDate;
    final LimitationFields limitation;
    final ComboBox<ViolationItem> item = new ComboBox<>();
    final List<PartyEditor> parties = new ArrayList<>();
    private final VerticalLayout partyList = new VerticalLayout();
    final Button addParty;
    final Button submit;

    LeadForm(List<ViolationItem> items, LocalDate today, Locale locale) {
        setPadding(false);
        source.setLabel(getTranslation("ui.lead.source"));
        source.setItems(LeadSource.values());
        source.setItemLabelGenerator(s -> getTranslation("ui.source." + s.name()));
        source.setRequiredIndicatorVisible(true);
        source.setId("lead-source");
        summary.setLabel(getTranslation("ui.lead.summary"));
        summary.setRequired(true);
        summary.setMaxLength(2000);
        summary.setMinHeight("6em");
        summary.setId("lead-summary");
        location.setLabel(getTranslation("ui.lead.location"));
        location.setMaxLength(300);
        location.setId("lead-location");
        discovered = Ui.datePicker(getTranslation("ui.lead.discoveredDate"), locale, getTranslation("ui.today"),
                getTranslation("ui.cancel"));
        discovered.setRequired(true);
        discovered.setValue(today);
        discovered.setMax(today);
        discovered.setId("lead-discovered");
        actDate = Ui.datePicker(getTranslation("ui.lead.actDate"), locale, getTranslation("ui.today"),
                getTranslation("ui.cancel"));
        actDate.setMax(today);
        actDate.setId("lead-act-date");
        limitation = new LimitationFields(this, "lead", today, locale);
        item.setLabel(getTranslation("ui.lead.item"));
        item.setItems(items);
        item.setItemLabelGenerator(i -> i.code() + " " + i.name());
        item.setClearButtonVisible(true);
        item.setId("lead-item");

        FormLayout fields = new FormLayout(source, location, discovered, actDate, limitation.actEnd,
                limitation.limitationClass, item, summary);
        fields.setColspan(item, 2);
        fields.setColspan(summary, 2);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));

        partyList.setPadding(false);
        addParty = new Button(getTranslation("ui.lead.addParty"), VaadinIcon.PLUS.create(), e -> addParty());
        addParty.setId("lead-add-party");
        addParty.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addParty();

        submit = new Button(getTranslation("ui.lead.submit"), e -> submit());
        submit.setId("lead-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        H3 partiesTitle = new H3(getTranslation("ui.lead.parties"));
        partiesTitle.addClassName("zhifa-section-title");
        add(fields, partiesTitle, partyList, addParty, submit);
    }

    private void addParty() {
        if (parties.size() >= MAX_PARTIES) {
            return;
        }
        PartyEditor editor = new PartyEditor(parties.size());
        parties.add(editor);
        partyList.add(editor);
        if (parties.size() > 1) {
            Button remove = new Button(getTranslation("ui.lead.removeParty"), VaadinIcon.TRASH.create());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.addClickListener(e -> {
                parties.remove(editor);
                partyList.remove(editor);
                addParty.setEnabled(true);
            });
            editor.add(remove);
        }
        addParty.setEnabled(parties.size() < MAX_PARTIES);
    }

    /** Required fields filled? Marks the empty ones; the server checks everything again. */
    boolean validateRequired() {
        boolean ok = true;
        ok &= mark(source, source.getValue() != null);
        ok &= mark(summary, PartyEditor.trim(summary.getValue()) != null);
        ok &= mark(discovered, discovered.getValue() != null && !discovered.isInvalid());
        for (PartyEditor p : parties) {
            // an extra party row left completely empty is ignored (see lead())
            boolean counted = p == parties.get(0) || !p.isBlank();
            ok &= mark(p.name, !counted || PartyEditor.trim(p.name.getValue()) != null);
        }
        return ok;
    }

    private boolean mark(com.vaadin.flow.component.HasValidation field, boolean valid) {
        field.setInvalid(!valid);
        if (!valid) {
            field.setErrorMessage(getTranslation("ui.required"));
        }
        return valid;
    }

    /** The lead as entered; rows of parties left completely empty are not sent. */
    NewLead lead() {
        List<Party> list = parties.stream().filter(p -> p == parties.get(0) || !p.isBlank())
                .map(PartyEditor::party).toList();
        ViolationItem i = item.getValue();
        return new NewLead(source.getValue(), PartyEditor.trim(summary.getValue()),
                PartyEditor.trim(location.getValue()), discovered.getValue(), actDate.getValue(),
                i == null ? null : i.id(), list, limitation.actEnd.getValue(), limitation.limitationClass.getValue());
    }

    private void submit() {
        if (validateRequired()) {
            fireEvent(new SubmitEvent(this, lead()));
        }
    }

    Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

    /** The officer asks to register this lead. */
    static final class SubmitEvent extends ComponentEvent<LeadForm> {
        private final NewLead lead;

        SubmitEvent(LeadForm source, NewLead lead) {
            super(source, false);
            this.lead = lead;
        }

        NewLead lead() {
            return lead;
        }
    }
}
