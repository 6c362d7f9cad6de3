package cn.zhifa.casefile.ui;

import cn.zhifa.casefile.StepPayload.HoldHearing;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * 举行听证: transcript summary, attendance, the review of the party's points and the presiding officer's report
 * (听证报告: points in dispute, opinion and proposal, dissent); or the party's absence.
 */
class HoldHearingForm extends StepForm<HoldHearing> {

    final RadioButtonGroup<Boolean> appeared;
    final TextArea transcript;
    final TextArea attendance;
    final TextArea reviewOpinion;
    final TextArea disputedPoints;
    final TextArea presiderOpinion;
    final TextArea dissent;

    HoldHearingForm(FormContext context) {
        super(context);
        appeared = choice("hearing-appeared", "review.hearing.appeared", "review.hearing.appeared.yes",
                "review.hearing.appeared.no", Boolean.TRUE);
        transcript = text("hearing-transcript", "review.hearing.transcript", true);
        attendance = text("hearing-attendance", "review.hearing.attendance", true);
        reviewOpinion = text("hearing-review", "ui.form.statement.review", true);
        disputedPoints = text("hearing-disputed", "review.hearing.disputedPoints", true);
        presiderOpinion = text("hearing-presider-opinion", "review.hearing.presiderOpinion", true);
        dissent = text("hearing-dissent", "review.hearing.dissent", false);
        appeared.addValueChangeListener(e -> {
            boolean held = isTrue(e.getValue());
            reviewOpinion.setVisible(held);
            disputedPoints.setVisible(held);
            presiderOpinion.setVisible(held);
            dissent.setVisible(held);
        });
        fields.add(appeared, transcript, attendance, reviewOpinion, disputedPoints, presiderOpinion, dissent);
        fields.setColspan(appeared, 2);
    }

    @Override
    HoldHearing payload() {
        boolean present = isTrue(appeared.getValue());
        return present ? new HoldHearing(true, trim(transcript.getValue()), trim(attendance.getValue()),
                trim(reviewOpinion.getValue()), trim(disputedPoints.getValue()), trim(presiderOpinion.getValue()),
                trim(dissent.getValue()))
                : new HoldHearing(false, trim(transcript.getValue()), trim(attendance.getValue()), null, null, null,
                        null);
    }
}
