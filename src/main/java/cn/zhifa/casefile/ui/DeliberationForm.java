package cn.zhifa.casefile.ui;

import cn.zhifa.casefile.CollectiveDeliberation.Resolution;
import cn.zhifa.casefile.StepPayload.Deliberation;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;

/**
 * 集体讨论: takes over the heads' resolution once every present head confirmed the minutes; without one the form says
 * so and the service refuses the step.
 */
class DeliberationForm extends StepForm<Deliberation> {

    final Paragraph resolution;

    DeliberationForm(FormContext context) {
        super(context);
        Resolution r = context.resolution();
        resolution = new Paragraph(r == null ? getTranslation("ui.form.deliberation.none")
                : getTranslation("ui.form.deliberation.resolution", getTranslation("ui.outcome." + r.outcome()),
                        amount(r.fine()), amount(r.confiscation()), r.text(), r.resolvedOn()));
        resolution.setId("deliberation-resolution");
        Anchor meetings = new Anchor("deliberations", getTranslation("ui.form.deliberation.meetings"));
        meetings.setId("deliberation-meetings-link");
        fields.add(resolution, 2);
        fields.add(meetings);
    }

    private static String amount(BigDecimal value) {
        return value == null ? "0" : value.toPlainString();
    }

    @Override
    Deliberation payload() {
        return new Deliberation(context.resolution() == null ? null : context.resolution().meetingId());
    }
}
