package cn.zhifa.casefile.ui;

import cn.zhifa.casefile.StepPayload.ApproveFiling;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/** 立案审批: approve (a case number is assigned) or 不予立案 with a reason. */
class ApproveFilingForm extends StepForm<ApproveFiling> {

    final RadioButtonGroup<Boolean> approve;
    final TextArea reason;
    final TextArea limitationGround;

    ApproveFilingForm(FormContext context) {
        super(context);
        approve = choice("approve-filing", "ui.form.decision", "ui.form.approveFiling.yes",
                "ui.form.approveFiling.no", Boolean.TRUE);
        reason = text("approve-reason", "ui.form.reasonOrOpinion", false);
        approve.addValueChangeListener(e -> reason.setRequiredIndicatorVisible(!isTrue(e.getValue())));
        limitationGround = text("approve-limitation-ground", "ui.limitation.ground", false);
        limitationGround.setHelperText(getTranslation("filing.timeBarredHelp"));
        approve.addValueChangeListener(e -> limitationGround.setVisible(isTrue(e.getValue())));
        fields.add(approve, reason, limitationGround);
        fields.setColspan(approve, 2);
    }

    @Override
    ApproveFiling payload() {
        boolean yes = isTrue(approve.getValue());
        return new ApproveFiling(yes, trim(reason.getValue()), yes ? trim(limitationGround.getValue()) : null);
    }
}
