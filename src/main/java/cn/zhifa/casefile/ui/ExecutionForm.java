package cn.zhifa.casefile.ui;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.OutcomeType;
import cn.zhifa.casefile.StepPayload.Execution;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;

/** 执行: the fine paid (amount and date), or how the decision was carried out otherwise. */
class ExecutionForm extends StepForm<Execution> {

    /** 强制拆除 (gated on audio-video evidence by the evidence vault). */
    final Checkbox forcedDemolition = new Checkbox(getTranslation("evidence.form.forcedDemolition"));

    final RadioButtonGroup<Boolean> paid;
    final BigDecimalField amount = new BigDecimalField();
    final DatePicker paidDate;
    final TextArea note;

    ExecutionForm(FormContext context) {
        super(context);
        CaseFile c = context.caseFile();
        boolean fineDue = c.decidedOutcome() == OutcomeType.FINE && c.decidedFine() != null
                && c.decidedFine().signum() > 0;
        paid = choice("execution-paid", "ui.form.execution.choice", "ui.form.execution.paid",
                "ui.form.execution.other", fineDue);
        amount.setLabel(getTranslation("ui.form.execution.amount"));
        amount.setId("execution-amount");
        amount.setValue(c.decidedFine());
        paidDate = date("execution-paid-date", "ui.form.execution.date", true);
        paidDate.setValue(context.today());
        paidDate.setMin(c.decidedDate());
        note = text("execution-note", "ui.form.execution.note", !fineDue);
        paid.addValueChangeListener(e -> showPayment(isTrue(e.getValue())));
        fields.add(paid, amount, paidDate, note);
        fields.setColspan(paid, 2);
        forcedDemolition.setId("execution-forced-demolition");
        fields.add(forcedDemolition);
        showPayment(fineDue);
    }

    private void showPayment(boolean payment) {
        amount.setVisible(payment);
        paidDate.setVisible(payment);
        note.setRequiredIndicatorVisible(!payment);
    }

    @Override
    Execution payload() {
        if (isTrue(paid.getValue())) {
            return new Execution(amount.getValue(), paidDate.getValue(), trim(note.getValue()),
                    forcedDemolition.getValue());
        }
        return new Execution(null, null, trim(note.getValue()), forcedDemolition.getValue());
    }
}
