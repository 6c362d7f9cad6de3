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
 * 法制审核: the eight points of 国办发〔2018〕118号 §四(十三), each passed or marked as a problem with a remark; the
 * outcome (agree / supplementary investigation / correct / transfer) and the written opinion.
 */
class LegalReviewForm extends StepForm<LegalReview> {

    final Map<ReviewPoint, Checkbox> problems = new EnumMap<>(ReviewPoint.class);
    final Map<ReviewPoint, TextField> remarks = new EnumMap<>(ReviewPoint.class);
    final RadioButtonGroup<ReviewOutcome> outcome = new RadioButtonGroup<>();
    final TextArea opinion;

    LegalReviewForm(FormContext context) {
        super(context);
        for (ReviewPoint p : ReviewPoint.values()) {
            Checkbox problem = new Checkbox(getTranslation("review.point." + p.name()));
            problem.setId("review-point-" + p.name());
            problem.setTooltipText(getTranslation("review.point.problem"));
            TextField remark = new TextField();
            remark.setId("review-remark-" + p.name());
            remark.setPlaceholder(getTranslation("review.point.remark"));
            remark.setMaxLength(2000);
            remark.setEnabled(false);
            problem.addValueChangeListener(e -> {
                remark.setEnabled(e.getValue());
                remark.setRequiredIndicatorVisible(e.getValue());
            });
            problems.put(p, problem);
            remarks.put(p, remark);
            fields.add(problem, remark);
        }
        outcome.setLabel(getTranslation("review.outcome"));
        outcome.setItems(ReviewOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("review.outcome." + o.name()));
        outcome.setValue(ReviewOutcome.AGREE);
        outcome.setRequiredIndicatorVisible(true);
        outcome.setId("legal-outcome");
        opinion = text("legal-opinion", "ui.form.opinion", true);
        fields.add(outcome, opinion);
        fields.setColspan(outcome, 2);
    }

    @Override
    LegalReview payload() {
        List<CheckPoint> checklist = new ArrayList<>();
        for (ReviewPoint p : ReviewPoint.values()) {
            boolean problem = problems.get(p).getValue();
            checklist.add(new CheckPoint(p, !problem, problem ? trim(remarks.get(p).getValue()) : null));
        }
        return new LegalReview(outcome.getValue(), checklist, trim(opinion.getValue()));
    }
}
