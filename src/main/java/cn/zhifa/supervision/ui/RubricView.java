package cn.zhifa.supervision.ui;

import cn.zhifa.organization.CurrentActor;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.shared.ui.MainLayout;
import cn.zhifa.shared.ui.Ui;
import cn.zhifa.supervision.Rubric;
import cn.zhifa.supervision.RubricService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * 评查标准 (administrators): the current rubric as an editable draft — name, grade bands, sections with their points,
 * items with their maximum deduction, veto and basic flags — saved only as a whole new version. The service refuses
 * an invalid draft (sections not adding up to 100, a negative deduction, an empty name …) and nothing changes; the
 * draft stays on screen to be corrected. Earlier versions and the scores given under them never change.
 */
@Route(value = "supervision/rubric", layout = MainLayout.class)
@Menu(title = "sv.nav.rubric", order = 4.7, icon = "vaadin:list-ol")
@RolesAllowed("ADMIN")
class RubricView extends VerticalLayout implements HasDynamicTitle {

    /** An editable section row. */
    static final class SectionDraft {
        String code;
        String titleZh;
        String titleEn;
        BigDecimal points;
    }

    /** An editable item row. */
    static final class ItemDraft {
        /** The row's element-id key: the item's code when loaded, {@code new-N} when added. */
        String key;
        String sectionCode;
        String code;
        String titleZh;
        String titleEn;
        BigDecimal maxDeduction;
        boolean veto;
        boolean basic;
    }

    private final RubricService rubrics;
    private final Messages messages;
    private final Span current = new Span();
    private final Span versions = new Span();
    private final TextField name = new TextField();
    private final BigDecimalField excellent = new BigDecimalField();
    private final BigDecimalField good = new BigDecimalField();
    private final BigDecimalField pass = new BigDecimalField();
    private final Span sum = new Span();
    private final Grid<SectionDraft> sectionGrid = new Grid<>();
    private final Grid<ItemDraft> itemGrid = new Grid<>();
    private final List<SectionDraft> sections = new ArrayList<>();
    private final List<ItemDraft> items = new ArrayList<>();

    RubricView(RubricService rubrics, Messages messages) {
        this.rubrics = rubrics;
        this.messages = messages;
        addClassName("zhifa-view");
        setWidthFull();
        current.setId("rubric-current");
        versions.setId("rubric-versions");
        name.setId("rubric-name");
        name.setLabel(getTranslation("sv.rub.name"));
        name.setWidth("30em");
        excellent.setId("rubric-excellent");
        excellent.setLabel(getTranslation("sv.rub.excellentFrom"));
        good.setId("rubric-good");
        good.setLabel(getTranslation("sv.rub.goodFrom"));
        pass.setId("rubric-pass");
        pass.setLabel(getTranslation("sv.rub.passFrom"));
        sum.setId("rubric-sum");
        add(new H2(getTranslation("sv.nav.rubric")), new Paragraph(getTranslation("sv.rub.intro")), current, versions,
                name, new HorizontalLayout(excellent, good, pass));

        sectionGrid.setId("rubric-sections");
        sectionGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        sectionGrid.addComponentColumn(s -> text("section-code-" + index(s), s.code, v -> s.code = v))
                .setHeader(getTranslation("sv.rub.code")).setWidth("8em").setFlexGrow(0);
        sectionGrid.addComponentColumn(s -> text("section-zh-" + index(s), s.titleZh, v -> s.titleZh = v))
                .setHeader(getTranslation("sv.rub.titleZh")).setFlexGrow(1);
        sectionGrid.addComponentColumn(s -> text("section-en-" + index(s), s.titleEn, v -> s.titleEn = v))
                .setHeader(getTranslation("sv.rub.titleEn")).setFlexGrow(1);
        sectionGrid.addComponentColumn(s -> number("section-points-" + index(s), s.points, v -> {
            s.points = v;
            updateSum();
        })).setHeader(getTranslation("sv.rub.points")).setWidth("8em").setFlexGrow(0);
        sectionGrid.addComponentColumn(s -> remove(() -> sections.remove(s))).setWidth("7em").setFlexGrow(0);
        sectionGrid.setAllRowsVisible(true);
        Button addSection = new Button(getTranslation("sv.rub.addSection"), e -> {
            sections.add(new SectionDraft());
            refreshGrids();
        });
        addSection.setId("rubric-add-section");
        add(new H3(getTranslation("sv.rub.sections")), sectionGrid, new HorizontalLayout(addSection, sum));

        itemGrid.setId("rubric-items");
        itemGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        itemGrid.addComponentColumn(this::sectionSelect).setHeader(getTranslation("sv.rub.section")).setWidth("10em")
                .setFlexGrow(0);
        itemGrid.addComponentColumn(i -> text("item-code-" + i.key, i.code, v -> i.code = v))
                .setHeader(getTranslation("sv.rub.code")).setWidth("7em").setFlexGrow(0);
        itemGrid.addComponentColumn(i -> text("item-zh-" + i.key, i.titleZh, v -> i.titleZh = v))
                .setHeader(getTranslation("sv.rub.titleZh")).setFlexGrow(2);
        itemGrid.addComponentColumn(i -> text("item-en-" + i.key, i.titleEn, v -> i.titleEn = v))
                .setHeader(getTranslation("sv.rub.titleEn")).setFlexGrow(1);
        itemGrid.addComponentColumn(i -> number("item-max-" + i.key, i.maxDeduction, v -> i.maxDeduction = v))
                .setHeader(getTranslation("sv.rub.maxDeduction")).setWidth("8em").setFlexGrow(0);
        itemGrid.addComponentColumn(i -> check("item-veto-" + i.key, i.veto, v -> i.veto = v))
                .setHeader(getTranslation("sv.rub.veto")).setWidth("6em").setFlexGrow(0);
        itemGrid.addComponentColumn(i -> check("item-basic-" + i.key, i.basic, v -> i.basic = v))
                .setHeader(getTranslation("sv.rub.basic")).setWidth("6em").setFlexGrow(0);
        itemGrid.addComponentColumn(i -> remove(() -> items.remove(i))).setWidth("7em").setFlexGrow(0);
        itemGrid.setAllRowsVisible(true);
        Button addItem = new Button(getTranslation("sv.rub.addItem"), e -> {
            ItemDraft d = new ItemDraft();
            d.key = "new-" + items.size();
            d.code = "";
            d.sectionCode = sections.isEmpty() ? null : sections.get(sections.size() - 1).code;
            items.add(d);
            refreshGrids();
        });
        addItem.setId("rubric-add-item");
        Button save = new Button(getTranslation("sv.rub.save"), e -> save());
        save.setId("rubric-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H3(getTranslation("sv.rub.items")), itemGrid, new HorizontalLayout(addItem, save));
        load(rubrics.current());
    }

    private void load(Rubric r) {
        current.setText(getTranslation("sv.rub.current", r.version(), r.name()));
        versions.setText(getTranslation("sv.rub.versions", rubrics.versions().stream()
                .map(v -> "v" + v.version() + " " + v.name()).collect(Collectors.joining("；"))));
        name.setValue(r.name());
        excellent.setValue(r.excellentFrom());
        good.setValue(r.goodFrom());
        pass.setValue(r.passFrom());
        sections.clear();
        for (Rubric.Section s : r.sections()) {
            SectionDraft d = new SectionDraft();
            d.code = s.code();
            d.titleZh = s.titleZh();
            d.titleEn = s.titleEn();
            d.points = s.points();
            sections.add(d);
        }
        items.clear();
        for (Rubric.Item i : r.items()) {
            ItemDraft d = new ItemDraft();
            d.key = i.code();
            d.sectionCode = i.sectionCode();
            d.code = i.code();
            d.titleZh = i.titleZh();
            d.titleEn = i.titleEn();
            d.maxDeduction = i.maxDeduction();
            d.veto = i.veto();
            d.basic = i.basic();
            items.add(d);
        }
        refreshGrids();
    }

    private void save() {
        try {
            Rubric saved = rubrics.saveNewVersion(CurrentActor.get(), name.getValue(), excellent.getValue(),
                    good.getValue(), pass.getValue(),
                    sections.stream().map(s -> new Rubric.Section(trim(s.code), s.titleZh, s.titleEn, s.points))
                            .toList(),
                    items.stream().map(i -> new Rubric.Item(trim(i.sectionCode), trim(i.code), i.titleZh, i.titleEn,
                            i.maxDeduction, i.veto, i.basic)).toList());
            Ui.success(getTranslation("sv.rub.saved", saved.version()));
            load(saved);
        } catch (DomainException ex) {
            Ui.refused(messages, ex);
        }
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    private void refreshGrids() {
        sectionGrid.setItems(new ArrayList<>(sections));
        itemGrid.setItems(new ArrayList<>(items));
        updateSum();
    }

    private void updateSum() {
        sum.setText(getTranslation("sv.rub.sum", sections.stream().map(s -> s.points).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add).stripTrailingZeros().toPlainString()));
    }

    private int index(SectionDraft s) {
        return sections.indexOf(s);
    }

    private Component sectionSelect(ItemDraft i) {
        Select<String> select = new Select<>();
        select.setId("item-section-" + i.key);
        select.setItems(sections.stream().map(s -> s.code).filter(Objects::nonNull).distinct().toList());
        if (i.sectionCode != null && sections.stream().anyMatch(s -> i.sectionCode.equals(s.code))) {
            select.setValue(i.sectionCode);
        }
        select.addValueChangeListener(e -> i.sectionCode = e.getValue());
        select.setWidthFull();
        return select;
    }

    private static TextField text(String id, String value, Consumer<String> onChange) {
        TextField f = new TextField();
        f.setId(id);
        f.setValue(value == null ? "" : value);
        f.setWidthFull();
        f.addValueChangeListener(e -> onChange.accept(e.getValue()));
        return f;
    }

    private static BigDecimalField number(String id, BigDecimal value, Consumer<BigDecimal> onChange) {
        BigDecimalField f = new BigDecimalField();
        f.setId(id);
        f.setValue(value);
        f.setWidthFull();
        f.addValueChangeListener(e -> onChange.accept(e.getValue()));
        return f;
    }

    private static Checkbox check(String id, boolean value, Consumer<Boolean> onChange) {
        Checkbox c = new Checkbox(value);
        c.setId(id);
        c.addValueChangeListener(e -> onChange.accept(Boolean.TRUE.equals(e.getValue())));
        return c;
    }

    private Button remove(Runnable action) {
        Button b = new Button(getTranslation("sv.rub.remove"), e -> {
            action.run();
            refreshGrids();
        });
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return b;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sv.nav.rubric") + " · " + getTranslation("app.name");
    }
}
