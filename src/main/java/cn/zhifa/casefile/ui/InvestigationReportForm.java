package cn.zhifa.casefile.ui;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.StepPayload.InvestigationReport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * 调查终结报告: proposed outcome, discretion reasons, major case (法制审核), collective deliberation and a stated
 * departure from the discretion benchmark.
 */
class InvestigationReportForm extends StepForm<InvestigationReport> {

    final OutcomeFields outcome;
    final TextArea discretion;
    final Checkbox major = new Checkbox();
    final TextField majorReason = new TextField();
    final Checkbox deliberation = new Checkbox();
    final Checkbox departure = new Checkbox();
    final TextField departureReason = new TextField();
    final TierChoice tier;

    InvestigationReportForm(FormContext context) {
        super(context);
        CaseFile c = context.caseFile();
        outcome = new OutcomeFields(this, "report", c.proposedOutcome(), c.proposedFine(), c.proposedConfiscation(),
                c.correctionOrder());
        discretion = text("report-discretion", "ui.form.discretionReason", false);
        discretion.setValue(c.discretionReason() == null ? "" : c.discretionReason());
        major.setLabel(getTranslation("ui.form.major"));
        major.setId("report-major");
        major.setValue(c.major());
        majorReason.setLabel(getTranslation("ui.form.majorReason"));
        majorReason.setId("report-major-reason");
        majorReason.setMaxLength(500);
        majorReason.setValue(c.majorReason() == null ? "" : c.majorReason());
        majorReason.setVisible(c.major());
        major.addValueChangeListener(e -> majorReason.setVisible(e.getValue()));
        deliberation.setLabel(getTranslation("ui.form.deliberation"));
        deliberation.setId("report-deliberation");
        deliberation.setValue(c.deliberationRequired());
        fields.add(outcome.components().toArray(Component[]::new));
        fields.setColspan(outcome.correctionOrder, 2);
        departure.setLabel(getTranslation("ui.form.benchmarkDeparture"));
        departure.setId("report-benchmark-departure");
        departureReason.setLabel(getTranslation("ui.form.benchmarkDepartureReason"));
        departureReason.setId("report-benchmark-departure-reason");
        departureReason.setMaxLength(500);
        departureReason.setVisible(false);
        departure.addValueChangeListener(e -> departureReason.setVisible(e.getValue()));
        tier = new TierChoice(this, context.tiers(), context.organisation(), c.benchmarkId());
        if (!context.tiers().isEmpty()) {
            fields.add(tier.tiers, tier.warning);
            fields.setColspan(tier.tiers, 2);
            fields.setColspan(tier.warning, 2);
            Runnable check = () -> tier.check(outcome.fineValue(),
                    outcome.outcome.getValue() == cn.zhifa.casefile.OutcomeType.FINE, departure.getValue());
            tier.tiers.addValueChangeListener(e -> check.run());
            outcome.fine.addValueChangeListener(e -> check.run());
            outcome.outcome.addValueChangeListener(e -> check.run());
            departure.addValueChangeListener(e -> check.run());
            check.run();
        }
        fields.add(discretion, major, majorReason, deliberation, departure, departureReason);
    }

    @Override
    InvestigationReport payload() {
        boolean isMajor = major.getValue();
        return new InvestigationReport(outcome.outcome.getValue(), outcome.fineValue(),
                outcome.confiscationValue(), outcome.correctionValue(), trim(discretion.getValue()), isMajor,
                isMajor ? trim(majorReason.getValue()) : null, deliberation.getValue(), departure.getValue(),
                departure.getValue() ? trim(departureReason.getValue()) : null, tier.chosenId());
    }
}
