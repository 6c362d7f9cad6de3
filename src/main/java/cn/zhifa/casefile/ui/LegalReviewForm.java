package cn.zhifa.casefile.ui;

import cn.zhifa.casefile.ReviewOutcome;
import cn.zhifa.casefile.ReviewPoint;
import cn.zhifa.casefile.StepPayload.CheckPoint;
import cn.zhifa.casefile.StepPayload.LegalReview;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * 法制审核: the eight points of 国办发〔2018〕118号 §四(十三), each answered 检查通过 or 存在问题 (with a remark); the
 * outcome (agree / supplementary investigation / correct / transfer), the written opinion, and the confirmation an
 * agreement needs when the case has no evidence or no record of the party heard.
 */
class LegalReviewForm extends StepForm<LegalReview> {

    final Map<ReviewPoint, RadioButtonGroup<Boolean>> points = new EnumMap<>(ReviewPoint.class);
    final Map<ReviewPoint, TextField> remarks = new EnumMap<>(ReviewPoint.class);
    final RadioButtonGroup<ReviewOutcome> outcome = new RadioButtonGroup<>();
    final TextArea opinion;
    final Checkbox confirmGaps = new Checkbox();

    LegalReviewForm(FormContext context) {
        super(context);
        for (ReviewPoint p : ReviewPoint.values()) {
            // no default: every point is answered, 检查通过 or 存在问题 (a missing one is refused as incomplete)
            RadioButtonGroup<Boolean> point = choice("review-point-" + p.name(), "review.point." + p.name(),
                    "review.point.passed", "review.point.hasProblem", null);
            TextField remark = new TextField();
            remark.setId("review-remark-" + p.name());
            remark.setPlaceholder(getTranslation("review.point.remark"));
            remark.setMaxLength(2000);
            remark.setEnabled(false);
            point.addValueChangeListener(e -> {
                boolean problem = Boolean.FALSE.equals(e.getValue());
                remark.setEnabled(problem);
                remark.setRequiredIndicatorVisible(problem);
            });
            points.put(p, point);
            remarks.put(p, remark);
            fields.add(point, remark);
        }
        outcome.setLabel(getTranslation("review.outcome"));
        outcome.setItems(ReviewOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("review.outcome." + o.name()));
        outcome.setValue(ReviewOutcome.AGREE);
        outcome.setRequiredIndicatorVisible(true);
        outcome.setId("legal-outcome");
        opinion = text("legal-opinion", "ui.form.opinion", true);
        confirmGaps.setLabel(getTranslation("review.confirm.label"));
        confirmGaps.setId("legal-confirm-gaps");
        outcome.addValueChangeListener(e -> confirmGaps.setVisible(e.getValue() == ReviewOutcome.AGREE));
        fields.add(outcome, opinion, confirmGaps);
        fields.setColspan(outcome, 2);
        fields.setColspan(confirmGaps, 2);
    }

    @Override
    LegalReview payload() {
        List<CheckPoint> checklist = new ArrayList<>();
        for (ReviewPoint p : ReviewPoint.values()) {
            Boolean passed = points.get(p).getValue();
            if (passed != null) {
                checklist.add(new CheckPoint(p, passed, passed ? null : trim(remarks.get(p).getValue())));
            }
        }
        boolean agree = outcome.getValue() == ReviewOutcome.AGREE;
        return new LegalReview(outcome.getValue(), checklist, trim(opinion.getValue()),
                agree && confirmGaps.getValue());
    }
}
