package cn.zhifa.supervision.ui;

import cn.zhifa.casefile.ui.CaseFileNavigation;
import cn.zhifa.organization.CurrentActor;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.shared.ui.MainLayout;
import cn.zhifa.shared.ui.Ui;
import cn.zhifa.supervision.Plans.Line;
import cn.zhifa.supervision.Plans.Score;
import cn.zhifa.supervision.Plans.ScoreInput;
import cn.zhifa.supervision.ScoringService;
import cn.zhifa.supervision.Rubric;
import cn.zhifa.supervision.RubricService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 评分: the assigned reviewer's own score sheet for one case — every rubric item with its maximum, the pre-audit's
 * proposals pre-filled (confirm, or change with a reason), veto on veto items; save, then sign. Only the service
 * decides who may score (an unassigned user gets "not found").
 */
@Route(value = "supervision/score", layout = MainLayout.class)
@PermitAll
class ScoreView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ScoringService scoring;
    private final RubricService rubrics;
    private final Messages messages;
    private long planCaseId;

    /** The editable state of one rubric item. */
    private static final class Entry {
        Rubric.Item item;
        BigDecimal deduction;
        boolean veto;
        BigDecimal proposed;
        String reason;
    }

    ScoreView(ScoringService scoring, RubricService rubrics, Messages messages) {
        this.scoring = scoring;
        this.rubrics = rubrics;
        this.messages = messages;
        addClassName("zhifa-view");
        setWidthFull();
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        planCaseId = id;
        render();
    }

    private void render() {
        removeAll();
        Score sheet;
        try {
            sheet = scoring.sheet(CurrentActor.get(), planCaseId);
        } catch (DomainException e) {
            add(new Paragraph(messages.of(e, Ui.locale())));
            return;
        }
        Rubric rubric = rubrics.versions().stream().filter(r -> r.version() == sheet.rubricVersion()).findFirst()
                .orElseThrow();
        boolean en = "en".equals(Ui.locale().getLanguage());
        add(new H2(getTranslation("sv.score.title")));
        add(CaseFileNavigation.caseLink(getTranslation("sv.score.openCase"), sheet.caseId()));
        Span total = new Span();
        total.setId("score-total");
        add(total);

        Map<String, Line> lines = new HashMap<>();
        sheet.lines().forEach(l -> lines.put(l.itemCode(), l));
        List<Entry> entries = new ArrayList<>();
        for (Rubric.Item i : rubric.items()) {
            Entry e = new Entry();
            e.item = i;
            Line l = lines.get(i.code());
            e.deduction = l == null ? BigDecimal.ZERO : l.deduction();
            e.veto = l != null && l.veto();
            e.proposed = l == null ? null : l.proposed();
            e.reason = l == null ? null : l.reason();
            entries.add(e);
        }
        boolean signed = "SIGNED".equals(sheet.status());
        Runnable showTotal = () -> {
            Rubric.Result r = rubric.apply(entries.stream()
                    .map(e -> new Rubric.Deduction(e.item.code(), e.deduction == null ? BigDecimal.ZERO : e.deduction,
                            e.veto)).toList());
            total.setText(getTranslation("sv.score.totalLine", r.total().stripTrailingZeros().toPlainString(),
                    getTranslation("sv.grade." + r.grade()), getTranslation("sv.score.status." + sheet.status())));
        };
        Grid<Entry> grid = new Grid<>();
        grid.setId("score-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(e -> e.item.code()).setHeader(getTranslation("sv.score.item")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> (en ? e.item.titleEn() : e.item.titleZh()) + (e.item.veto() ? " ★" : ""))
                .setHeader(getTranslation("sv.score.itemTitle")).setFlexGrow(1);
        grid.addColumn(e -> e.item.maxDeduction().stripTrailingZeros().toPlainString())
                .setHeader(getTranslation("sv.score.max")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.proposed == null ? Ui.DASH : e.proposed.stripTrailingZeros().toPlainString())
                .setHeader(getTranslation("sv.score.proposed")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(e -> {
            BigDecimalField f = new BigDecimalField();
            f.setId("deduct-" + e.item.code());
            f.setWidth("6em");
            f.setValue(e.deduction);
            f.setReadOnly(signed);
            f.addValueChangeListener(v -> {
                e.deduction = v.getValue() == null ? BigDecimal.ZERO : v.getValue();
                showTotal.run();
            });
            return f;
        }).setHeader(getTranslation("sv.score.deduction")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(e -> {
            Checkbox c = new Checkbox();
            c.setId("veto-" + e.item.code());
            c.setValue(e.veto);
            c.setEnabled(e.item.veto() && !signed);
            c.addValueChangeListener(v -> {
                e.veto = v.getValue();
                showTotal.run();
            });
            return c;
        }).setHeader(getTranslation("sv.score.veto")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(e -> {
            TextField t = new TextField();
            t.setId("reason-" + e.item.code());
            t.setWidthFull();
            t.setValue(e.reason == null ? "" : e.reason);
            t.setReadOnly(signed);
            t.addValueChangeListener(v -> e.reason = v.getValue());
            return t;
        }).setHeader(getTranslation("sv.score.reason")).setFlexGrow(2);
        grid.setItems(entries);
        grid.setAllRowsVisible(true);
        add(grid);
        TextArea opinion = new TextArea(getTranslation("sv.score.opinion"));
        opinion.setId("score-opinion");
        opinion.setWidthFull();
        opinion.setValue(sheet.opinion() == null ? "" : sheet.opinion());
        opinion.setReadOnly(signed);
        add(opinion);
        showTotal.run();
        if (signed) {
            return;
        }
        Button save = new Button(getTranslation("sv.score.save"), ev -> {
            try {
                scoring.save(CurrentActor.get(), planCaseId, input(entries, opinion.getValue()));
                Ui.success(getTranslation("sv.score.saved"));
                render();
            } catch (DomainException ex) {
                Ui.refused(messages, ex);
            }
        });
        save.setId("score-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button sign = new Button(getTranslation("sv.score.sign"), ev -> {
            try {
                scoring.save(CurrentActor.get(), planCaseId, input(entries, opinion.getValue()));
                scoring.sign(CurrentActor.get(), planCaseId);
                Ui.success(getTranslation("sv.score.signedOk"));
                render();
            } catch (DomainException ex) {
                Ui.refused(messages, ex);
            }
        });
        sign.setId("score-sign");
        add(new HorizontalLayout(save, sign));
    }

    private static ScoreInput input(List<Entry> entries, String opinion) {
        List<Line> lines = new ArrayList<>();
        for (Entry e : entries) {
            boolean touched = e.proposed != null || e.veto || (e.deduction != null && e.deduction.signum() != 0);
            if (touched) {
                lines.add(new Line(e.item.code(), e.deduction, e.veto, e.proposed, e.reason));
            }
        }
        return new ScoreInput(lines, opinion);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sv.score.title") + " · " + getTranslation("app.name");
    }
}
