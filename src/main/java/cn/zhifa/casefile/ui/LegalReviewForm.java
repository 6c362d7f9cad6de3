package cn.zhifa.casefile.ui;

import cn.zhifa.casefile.StepPayload.LegalReview;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/** 法制审核: agree, or return to investigation; the opinion is required either way. */
class LegalReviewForm extends StepForm<LegalReview> {

    final RadioButtonGroup<Boolean> agree;
    final TextArea opinion;

    LegalReviewForm(FormContext context) {
        super(context);
        agree = choice("legal-agree", "ui.form.decision", "ui.form.agree", "ui.form.return", Boolean.TRUE);
        opinion = text("legal-opinion", "ui.form.opinion", true);
        fields.add(agree, opinion);
        fields.setColspan(agree, 2);
    }

    @Override
    LegalReview payload() {
        return new LegalReview(isTrue(agree.getValue()), trim(opinion.getValue()));
    }
}
