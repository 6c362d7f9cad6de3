package cn.zhifa.casefile.ui;

import cn.zhifa.casefile.StepPayload.VerifyLead;
import cn.zhifa.organization.UserAccount;
import cn.zhifa.organization.ViolationItem;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Objects;

/** 线索核查: recommend filing (item, act date, ≥2 handlers — the first picked is 主办) or not. */
class VerifyLeadForm extends StepForm<VerifyLead> {

    final RadioButtonGroup<Boolean> recommend;
    final ComboBox<ViolationItem> item = new ComboBox<>();
    final DatePicker actDate;
    final LimitationFields limitation;
    final MultiSelectComboBox<UserAccount> handlers = new MultiSelectComboBox<>();
    final Span leadHint = new Span();
    final TextArea opinion;
    final HandlerOrder order = new HandlerOrder();

    VerifyLeadForm(FormContext context) {
        super(context);
        recommend = choice("verify-recommend", "ui.form.verify.recommend", "ui.form.verify.toFile",
                "ui.form.verify.notToFile", Boolean.TRUE);
        item.setLabel(getTranslation("ui.lead.item"));
        item.setItems(context.items());
        item.setItemLabelGenerator(i -> i.code() + " " + i.name());
        item.setRequiredIndicatorVisible(true);
        item.setId("verify-item");
        Long itemId = context.caseFile().itemId();
        context.items().stream().filter(i -> Objects.equals(i.id(), itemId)).findFirst().ifPresent(item::setValue);
        actDate = date("verify-act-date", "ui.lead.actDate", false);
        actDate.setValue(context.caseFile().actDate());
        limitation = new LimitationFields(this, "verify", context.today(), context.locale());
        limitation.show(context.caseFile().actEndDate(), context.caseFile().limitationClass());
        handlers.setLabel(getTranslation("ui.form.verify.handlers"));
        handlers.setItems(context.officers());
        handlers.setItemLabelGenerator(UserAccount::displayName);
        handlers.setRequiredIndicatorVisible(true);
        handlers.setHelperText(getTranslation("ui.form.verify.handlersHelp"));
        handlers.setId("verify-handlers");
        handlers.addValueChangeListener(e -> {
            order.update(e.getValue().stream().map(UserAccount::id).toList());
            showLead();
        });
        leadHint.setId("verify-lead-handler");
        leadHint.addClassName("zhifa-muted");
        opinion = text("verify-opinion", "ui.form.opinion", true);
        recommend.addValueChangeListener(e -> showFilingFields(isTrue(e.getValue())));
        fields.add(recommend, item, actDate, limitation.actEnd, limitation.limitationClass, handlers, leadHint, opinion);
        fields.setColspan(recommend, 2);
        fields.setColspan(item, 2);
        showLead();
    }

    private void showFilingFields(boolean filing) {
        item.setVisible(filing);
        actDate.setVisible(filing);
        limitation.setVisible(filing);
        handlers.setVisible(filing);
        leadHint.setVisible(filing);
    }

    private void showLead() {
        Long lead = order.lead();
        String name = context.officers().stream().filter(u -> u.id() == (lead == null ? -1 : lead))
                .map(UserAccount::displayName).findFirst().orElse("—");
        leadHint.setText(getTranslation("ui.form.verify.lead", name));
    }

    @Override
    VerifyLead payload() {
        boolean toFile = isTrue(recommend.getValue());
        if (!toFile) {
            return new VerifyLead(false, null, null, List.of(), trim(opinion.getValue()));
        }
        ViolationItem i = item.getValue();
        return new VerifyLead(true, i == null ? null : i.id(), actDate.getValue(), order.ids(),
                trim(opinion.getValue()), limitation.actEnd.getValue(), limitation.limitationClass.getValue());
    }
}
