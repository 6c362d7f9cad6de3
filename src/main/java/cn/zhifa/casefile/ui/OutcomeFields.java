package cn.zhifa.casefile.ui;

import cn.zhifa.casefile.OutcomeType;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.util.List;

/** Outcome, fine, confiscation and correction order — shared by the investigation report and the decision. */
final class OutcomeFields {

    final Select<OutcomeType> outcome = new Select<>();
    final BigDecimalField fine = new BigDecimalField();
    final BigDecimalField confiscation = new BigDecimalField();
    final TextArea correctionOrder = new TextArea();

    OutcomeFields(Component owner, String idPrefix, OutcomeType type, BigDecimal fineValue,
            BigDecimal confiscationValue, String correction) {
        outcome.setLabel(owner.getTranslation("ui.form.outcome"));
        outcome.setItems(OutcomeType.values());
        outcome.setItemLabelGenerator(o -> owner.getTranslation("ui.outcome." + o.name()));
        outcome.setRequiredIndicatorVisible(true);
        outcome.setId(idPrefix + "-outcome");
        fine.setLabel(owner.getTranslation("ui.form.fine"));
        fine.setSuffixComponent(new com.vaadin.flow.component.html.Span(owner.getTranslation("ui.yuan")));
        fine.setId(idPrefix + "-fine");
        confiscation.setLabel(owner.getTranslation("ui.form.confiscation"));
        confiscation.setSuffixComponent(new com.vaadin.flow.component.html.Span(owner.getTranslation("ui.yuan")));
        confiscation.setId(idPrefix + "-confiscation");
        correctionOrder.setLabel(owner.getTranslation("ui.form.correctionOrder"));
        correctionOrder.setId(idPrefix + "-correction");
        correctionOrder.setMaxLength(2000);
        outcome.addValueChangeListener(e -> showAmounts(e.getValue()));
        outcome.setValue(type);
        fine.setValue(fineValue);
        confiscation.setValue(confiscationValue);
        correctionOrder.setValue(correction == null ? "" : correction);
        showAmounts(type);
    }

    List<Component> components() {
        return List.of(outcome, fine, confiscation, correctionOrder);
    }

    private void showAmounts(OutcomeType type) {
        fine.setVisible(type == OutcomeType.FINE);
        confiscation.setVisible(type == OutcomeType.FINE || type == OutcomeType.CONFISCATION);
        correctionOrder.setRequiredIndicatorVisible(type != null && type.isPenalty());
    }

    /** The fine only goes with a FINE outcome. */
    BigDecimal fineValue() {
        return fineFor(outcome.getValue(), fine.getValue());
    }

    /** Confiscation goes with FINE (as an addition) or CONFISCATION. */
    BigDecimal confiscationValue() {
        return confiscationFor(outcome.getValue(), confiscation.getValue());
    }

    String correctionValue() {
        return StepForm.trim(correctionOrder.getValue());
    }

    static BigDecimal fineFor(OutcomeType type, BigDecimal fine) {
        return type == OutcomeType.FINE ? fine : null;
    }

    static BigDecimal confiscationFor(OutcomeType type, BigDecimal confiscation) {
        return type == OutcomeType.FINE || type == OutcomeType.CONFISCATION ? confiscation : null;
    }
}
