package cn.zhifa.casefile.ui;

import cn.zhifa.casefile.StepPayload.HoldHearing;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/** 举行听证: transcript summary, attendance and the review of the party's points; or the party's absence. */
class HoldHearingForm extends StepForm<HoldHearing> {

    final RadioButtonGroup<Boolean> appeared;
    final TextArea transcript;
    final TextArea attendance;
    final TextArea reviewOpinion;

    HoldHearingForm(FormContext context) {
        super(context);
        appeared = choice("hearing-appeared", "review.hearing.appeared", "review.hearing.appeared.yes",
                "review.hearing.appeared.no", Boolean.TRUE);
        transcript = text("hearing-transcript", "review.hearing.transcript", true);
        attendance = text("hearing-attendance", "review.hearing.attendance", true);
        reviewOpinion = text("hearing-review", "ui.form.statement.review", true);
        appeared.addValueChangeListener(e -> reviewOpinion.setVisible(isTrue(e.getValue())));
        fields.add(appeared, transcript, attendance, reviewOpinion);
        fields.setColspan(appeared, 2);
    }

    @Override
    HoldHearing payload() {
        boolean present = isTrue(appeared.getValue());
        return new HoldHearing(present, trim(transcript.getValue()), trim(attendance.getValue()),
                present ? trim(reviewOpinion.getValue()) : null);
    }
}
