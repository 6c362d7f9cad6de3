package cn.zhifa.organization.ui;

import cn.zhifa.organization.BenchmarkTier;
import cn.zhifa.organization.CurrentActor;
import cn.zhifa.organization.DiscretionBenchmark;
import cn.zhifa.organization.DiscretionBenchmarkService;
import cn.zhifa.organization.PartyScope;
import cn.zhifa.organization.ViolationItem;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.shared.ui.Ui;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;

/**
 * 裁量基准 of one item: the rows (tier, party, conditions, standard, fine range, source) and an editor. Saving goes
 * through {@link DiscretionBenchmarkService}, which checks every rule; a refusal keeps the editor open.
 */
final class BenchmarksDialog {
    private BenchmarksDialog() {
    }

    static void open(Component owner, DiscretionBenchmarkService benchmarks, Messages messages, ViolationItem item) {
        Dialog dialog = new Dialog();
        dialog.setId("benchmarks-dialog");
        dialog.setHeaderTitle(owner.getTranslation("ui.benchmark.title", item.code() + " " + item.name()));
        dialog.setWidth("70em");
        Grid<DiscretionBenchmark> grid = new Grid<>();
        grid.setId("benchmarks-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(b -> owner.getTranslation("ui.benchmark.scope." + b.partyScope().name()))
                .setHeader(owner.getTranslation("field.name.partyScope")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(b -> owner.getTranslation("ui.benchmark.tier." + b.tier().name()))
                .setHeader(owner.getTranslation("field.name.tier")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(DiscretionBenchmark::conditions).setHeader(owner.getTranslation("field.name.conditions"))
                .setFlexGrow(2);
        grid.addColumn(DiscretionBenchmark::standard).setHeader(owner.getTranslation("field.name.standard"))
                .setFlexGrow(2);
        grid.addColumn(b -> (b.fineMin() == null ? "" : b.fineMin().toPlainString()) + " – "
                + (b.fineMax() == null ? "" : b.fineMax().toPlainString()))
                .setHeader(owner.getTranslation("ui.benchmark.range")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(b -> owner.getTranslation(b.active() ? "ui.admin.enabledYes" : "ui.admin.enabledNo"))
                .setHeader(owner.getTranslation("ui.admin.active")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(b -> {
            Button edit = new Button(owner.getTranslation("ui.edit"),
                    e -> edit(owner, benchmarks, messages, item, b, grid));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            edit.addClassName("benchmark-edit");
            return edit;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(benchmarks.ofItem(item.id(), false));
        grid.setAllRowsVisible(true);
        Button add = new Button(owner.getTranslation("ui.benchmark.add"), VaadinIcon.PLUS.create(),
                e -> edit(owner, benchmarks, messages, item, null, grid));
        add.setId("benchmark-add");
        dialog.add(grid);
        Button close = new Button(owner.getTranslation("ui.close"), e -> dialog.close());
        close.setId("benchmarks-close");
        dialog.getFooter().add(add, close);
        dialog.open();
    }

    private static void edit(Component owner, DiscretionBenchmarkService benchmarks, Messages messages,
            ViolationItem item, DiscretionBenchmark row, Grid<DiscretionBenchmark> grid) {
        Select<PartyScope> scope = new Select<>();
        scope.setId("benchmark-scope");
        scope.setLabel(owner.getTranslation("field.name.partyScope"));
        scope.setItems(PartyScope.values());
        scope.setItemLabelGenerator(s -> owner.getTranslation("ui.benchmark.scope." + s.name()));
        Select<BenchmarkTier> tier = new Select<>();
        tier.setId("benchmark-tier");
        tier.setLabel(owner.getTranslation("field.name.tier"));
        tier.setItems(BenchmarkTier.values());
        tier.setItemLabelGenerator(t -> owner.getTranslation("ui.benchmark.tier." + t.name()));
        TextArea conditions = new TextArea(owner.getTranslation("field.name.conditions"));
        conditions.setId("benchmark-conditions");
        conditions.setMaxLength(2000);
        TextArea standard = new TextArea(owner.getTranslation("field.name.standard"));
        standard.setId("benchmark-standard");
        standard.setMaxLength(2000);
        BigDecimalField min = new BigDecimalField(owner.getTranslation("ui.benchmark.min"));
        min.setId("benchmark-min");
        BigDecimalField max = new BigDecimalField(owner.getTranslation("ui.benchmark.max"));
        max.setId("benchmark-max");
        TextField source = new TextField(owner.getTranslation("field.name.source"));
        source.setId("benchmark-source");
        source.setMaxLength(300);
        DatePicker validFrom = new DatePicker(owner.getTranslation("field.name.validFrom"));
        validFrom.setId("benchmark-valid-from");
        Checkbox active = new Checkbox(owner.getTranslation("ui.admin.active"), true);
        if (row != null) {
            scope.setValue(row.partyScope());
            tier.setValue(row.tier());
            conditions.setValue(row.conditions());
            standard.setValue(row.standard());
            min.setValue(row.fineMin());
            max.setValue(row.fineMax());
            source.setValue(row.source());
            validFrom.setValue(row.validFrom());
            active.setValue(row.active());
        } else {
            scope.setValue(PartyScope.ALL);
            validFrom.setValue(LocalDate.now());
        }
        FormLayout form = new FormLayout(scope, tier, conditions, standard, min, max, source, validFrom, active);
        form.setColspan(conditions, 2);
        form.setColspan(standard, 2);
        form.setColspan(source, 2);
        Dialog[] dialog = new Dialog[1];
        dialog[0] = AdminDialogs.open(owner, owner.getTranslation(row == null ? "ui.benchmark.add" : "ui.benchmark.edit"),
                form, () -> {
                    try {
                        benchmarks.save(CurrentActor.get(), new DiscretionBenchmarkService.Draft(
                                row == null ? null : row.id(), row == null ? null : row.version(), item.id(),
                                scope.getValue(), tier.getValue(), conditions.getValue(), standard.getValue(),
                                min.getValue(), max.getValue(), source.getValue(), validFrom.getValue(),
                                active.getValue()));
                    } catch (DomainException refused) {
                        Ui.refused(messages, refused);
                        return;
                    }
                    Ui.success(owner.getTranslation("ui.saved"));
                    dialog[0].close();
                    grid.setItems(benchmarks.ofItem(item.id(), false));
                });
    }
}
