package cn.zhifa.casefile.ui;

import cn.zhifa.casefile.StepPayload.ApproveFiling;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/** 立案审批: approve (a case number is assigned) or 不予立案 with a reason. */
class ApproveFilingForm extends StepForm<ApproveFiling> {

    final RadioButtonGroup<Boolean> approve;
    final TextArea reason;

    ApproveFilingForm(FormContext context) {
        super(context);
        approve = choice("approve-filing", "ui.form.decision", "ui.form.approveFiling.yes",
                "ui.form.approveFiling.no", Boolean.TRUE);
        reason = text("approve-reason", "ui.form.reasonOrOpinion", false);
        approve.addValueChangeListener(e -> reason.setRequiredIndicatorVisible(!isTrue(e.getValue())));
        fields.add(approve, reason);
        fields.setColspan(approve, 2);
    }

    @Override
    ApproveFiling payload() {
        return new ApproveFiling(isTrue(approve.getValue()), trim(reason.getValue()));
    }
}
