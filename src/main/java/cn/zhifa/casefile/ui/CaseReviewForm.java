package cn.zhifa.casefile.ui;

import cn.zhifa.casefile.StepPayload.CaseReview;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/** 案件审核: approve (optionally marking the case major or for deliberation) or return to investigation. */
class CaseReviewForm extends StepForm<CaseReview> {

    final RadioButtonGroup<Boolean> approve;
    final Checkbox markMajor = new Checkbox();
    final Checkbox markDeliberation = new Checkbox();
    final TextArea opinion;

    CaseReviewForm(FormContext context) {
        super(context);
        approve = choice("review-approve", "ui.form.decision", "ui.form.agree", "ui.form.return", Boolean.TRUE);
        markMajor.setLabel(getTranslation("ui.form.markMajor"));
        markMajor.setId("review-mark-major");
        markDeliberation.setLabel(getTranslation("ui.form.markDeliberation"));
        markDeliberation.setId("review-mark-deliberation");
        opinion = text("review-opinion", "ui.form.opinion", false);
        approve.addValueChangeListener(e -> {
            boolean ok = isTrue(e.getValue());
            markMajor.setVisible(ok);
            markDeliberation.setVisible(ok);
            opinion.setRequiredIndicatorVisible(!ok);
        });
        fields.add(approve, markMajor, markDeliberation, opinion);
        fields.setColspan(approve, 2);
    }

    @Override
    CaseReview payload() {
        boolean ok = isTrue(approve.getValue());
        return new CaseReview(ok, ok && markMajor.getValue(), ok && markDeliberation.getValue(),
                trim(opinion.getValue()));
    }
}
