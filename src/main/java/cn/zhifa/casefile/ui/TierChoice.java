package cn.zhifa.casefile.ui;

import cn.zhifa.shared.ui.Ui;
import cn.zhifa.organization.DiscretionBenchmark;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/**
 * 裁量阶次 in sight (国办发〔2022〕27号 §十四): the item's tiers for the party's kind with their conditions, standard and
 * fine range; the officer picks the tier whose conditions apply, and a fine outside it is flagged while typing (the
 * service refuses it unless the departure is stated).
 */
final class TierChoice {

    final RadioButtonGroup<DiscretionBenchmark> tiers = new RadioButtonGroup<>();
    final Span warning = new Span();
    private final Component owner;

    TierChoice(Component owner, List<DiscretionBenchmark> rows, boolean organisation, Long chosen) {
        this.owner = owner;
        tiers.setLabel(owner.getTranslation("ui.tier.label",
                owner.getTranslation(organisation ? "ui.benchmark.scope.ORGANISATION" : "ui.benchmark.scope.PERSON")));
        tiers.setId("report-tier");
        tiers.setItems(rows);
        tiers.setRenderer(new ComponentRenderer<>(this::describe));
        tiers.setHelperText(owner.getTranslation("ui.tier.help"));
        tiers.setRequiredIndicatorVisible(true);
        rows.stream().filter(b -> chosen != null && b.id() == chosen).findFirst().ifPresent(tiers::setValue);
        tiers.addClassName("report-tiers");
        tiers.addThemeVariants(com.vaadin.flow.component.radiobutton.RadioGroupVariant.LUMO_VERTICAL);
        warning.setId("report-tier-warning");
        warning.addClassName("zhifa-warning");
        warning.setVisible(false);
    }

    private Component describe(DiscretionBenchmark b) {
        Div d = new Div();
        d.setId("report-tier-" + b.id());
        Span head = new Span(owner.getTranslation("ui.benchmark.tier." + b.tier().name()) + " · " + range(b));
        head.getStyle().set("font-weight", "600");
        Div conditions = new Div(new Span(owner.getTranslation("ui.tier.conditions") + Ui.colon() + b.conditions()));
        Div standard = new Div(new Span(owner.getTranslation("ui.tier.standard") + Ui.colon() + b.standard()));
        conditions.getStyle().set("font-size", "var(--lumo-font-size-s)");
        standard.getStyle().set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        d.add(head, conditions, standard);
        return d;
    }

    String range(DiscretionBenchmark b) {
        if (b.fineMin() == null && b.fineMax() == null) {
            return owner.getTranslation("ui.tier.noFine");
        }
        return owner.getTranslation("ui.tier.range", b.fineMin() == null ? "0" : yuan(b.fineMin()),
                b.fineMax() == null ? "∞" : yuan(b.fineMax()));
    }

    /** Shows the refusal's text while the fine lies outside the chosen tier (and no departure is stated). */
    void check(BigDecimal fine, boolean fineProposed, boolean departure) {
        DiscretionBenchmark b = tiers.getValue();
        boolean outside = b != null && fineProposed && !departure && fine != null && !b.holds(fine);
        warning.setVisible(outside);
        if (outside) {
            warning.setText(b.fineMin() == null && b.fineMax() == null ? owner.getTranslation("ui.tier.outsideNoFine")
                    : owner.getTranslation("ui.tier.outside", b.fineMin() == null ? "0" : yuan(b.fineMin()),
                    b.fineMax() == null ? "∞" : yuan(b.fineMax())));
        }
    }

    Long chosenId() {
        return tiers.getValue() == null ? null : tiers.getValue().id();
    }

    static String yuan(BigDecimal amount) {
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
    }
}
