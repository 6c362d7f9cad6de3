package cn.zhifa.casefile.ui;

import cn.zhifa.casefile.StepPayload.Deliberation;
import com.vaadin.flow.component.textfield.TextArea;

/** 集体讨论: the resolution of the heads' discussion. */
class DeliberationForm extends StepForm<Deliberation> {

    final TextArea resolution;

    DeliberationForm(FormContext context) {
        super(context);
        resolution = text("deliberation-resolution", "ui.form.resolution", true);
        fields.add(resolution);
    }

    @Override
    Deliberation payload() {
        return new Deliberation(trim(resolution.getValue()));
    }
}
