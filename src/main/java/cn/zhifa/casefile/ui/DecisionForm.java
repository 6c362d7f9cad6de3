package cn.zhifa.casefile.ui;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.OutcomeType;
import cn.zhifa.casefile.StepPayload.Decision;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;

/** 处罚决定: outcome and amounts (starting from the proposal), the decision date and the head's 审批意见. */
class DecisionForm extends StepForm<Decision> {

    final OutcomeFields outcome;
    final DatePicker decidedDate;
    final TextArea education;
    final TextArea opinion;

    DecisionForm(FormContext context) {
        super(context);
        CaseFile c = context.caseFile();
        outcome = new OutcomeFields(this, "decision", c.proposedOutcome(), c.proposedFine(), c.proposedConfiscation(),
                c.correctionOrder());
        decidedDate = date("decision-date", "ui.case.decidedDate", true);
        decidedDate.setValue(context.today());
        decidedDate.setMin(c.noticeServedDate());
        fields.add(outcome.components().toArray(Component[]::new));
        fields.setColspan(outcome.correctionOrder, 2);
        fields.add(decidedDate);
        education = text("decision-education", "ui.decision.education", true);
        education.setHelperText(getTranslation("ui.decision.educationHelp"));
        fields.add(education);
        outcome.outcome.addValueChangeListener(e -> education.setVisible(e.getValue() == OutcomeType.NO_PENALTY));
        education.setVisible(outcome.outcome.getValue() == OutcomeType.NO_PENALTY);
        // 负责人审批意见 on the 处理决定审批表 (optional: without it the form states the decision on the proposal)
        opinion = text("decision-opinion", "ui.decision.opinion", false);
        opinion.setHelperText(getTranslation("ui.decision.opinionHelp"));
        fields.add(opinion);
    }

    @Override
    Decision payload() {
        return new Decision(outcome.outcome.getValue(), outcome.fineValue(), outcome.confiscationValue(),
                outcome.correctionValue(), decidedDate.getValue(),
                outcome.outcome.getValue() == OutcomeType.NO_PENALTY ? trim(education.getValue()) : null,
                trim(opinion.getValue()));
    }
}
