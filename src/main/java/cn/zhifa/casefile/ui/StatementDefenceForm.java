package cn.zhifa.casefile.ui;

import cn.zhifa.casefile.StepPayload.StatementDefence;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/** 陈述申辩: the party's statement and the review opinion, or the party's express waiver. */
class StatementDefenceForm extends StepForm<StatementDefence> {

    final RadioButtonGroup<Boolean> waived;
    final TextArea statement;
    final TextArea reviewOpinion;
    final com.vaadin.flow.component.checkbox.Checkbox hearing =
            new com.vaadin.flow.component.checkbox.Checkbox();

    StatementDefenceForm(FormContext context) {
        super(context);
        waived = choice("statement-waived", "ui.form.statement.choice", "ui.form.statement.waived",
                "ui.form.statement.made", Boolean.FALSE);
        statement = text("statement-text", "ui.form.statement.text", true);
        reviewOpinion = text("statement-review", "ui.form.statement.review", true);
        waived.addValueChangeListener(e -> {
            boolean w = isTrue(e.getValue());
            reviewOpinion.setVisible(!w);
            statement.setRequiredIndicatorVisible(!w);
        });
        hearing.setLabel(getTranslation("review.hearing.requested"));
        hearing.setId("statement-hearing");
        hearing.addValueChangeListener(e -> reviewOpinion.setVisible(!e.getValue() && !isTrue(waived.getValue())));
        fields.add(waived, statement, reviewOpinion, hearing);
        fields.setColspan(waived, 2);
    }

    @Override
    StatementDefence payload() {
        if (hearing.getValue()) {
            return new StatementDefence(false, trim(statement.getValue()), null, true);
        }
        if (isTrue(waived.getValue())) {
            return new StatementDefence(true, trim(statement.getValue()), null);
        }
        return new StatementDefence(false, trim(statement.getValue()), trim(reviewOpinion.getValue()));
    }
}
