package cn.zhifa.casefile.ui;

import cn.zhifa.casefile.StepPayload.ClosingApproval;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/** 结案审批: approve (the case is then archived) or return to execution. */
class ClosingApprovalForm extends StepForm<ClosingApproval> {

    final RadioButtonGroup<Boolean> approve;
    final TextArea opinion;

    ClosingApprovalForm(FormContext context) {
        super(context);
        approve = choice("closing-approve", "ui.form.decision", "ui.form.closing.yes", "ui.form.return",
                Boolean.TRUE);
        opinion = text("closing-opinion", "ui.form.opinion", false);
        approve.addValueChangeListener(e -> opinion.setRequiredIndicatorVisible(!isTrue(e.getValue())));
        fields.add(approve, opinion);
        fields.setColspan(approve, 2);
    }

    @Override
    ClosingApproval payload() {
        return new ClosingApproval(isTrue(approve.getValue()), trim(opinion.getValue()));
    }
}
