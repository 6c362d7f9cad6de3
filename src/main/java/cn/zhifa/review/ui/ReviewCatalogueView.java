package cn.zhifa.review.ui;

import cn.zhifa.organization.CurrentActor;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.ViolationItem;
import cn.zhifa.review.CatalogueRule;
import cn.zhifa.review.LegalReviewService;
import cn.zhifa.review.RuleType;
import cn.zhifa.shared.Messages;
import cn.zhifa.shared.ui.MainLayout;
import cn.zhifa.shared.ui.Ui;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** 法制审核目录清单: the rules that make a decision "major" (thresholds per party kind, types, listed items). */
@Route(value = "admin/review-catalogue", layout = MainLayout.class)
@Menu(title = "review.admin.catalogue", order = 14, icon = "vaadin:list-ol")
@RolesAllowed("ADMIN")
class ReviewCatalogueView extends VerticalLayout implements HasDynamicTitle {

    private final LegalReviewService reviews;
    private final OrganizationService organization;
    private final Messages messages;
    private final Grid<CatalogueRule> grid = new Grid<>();

    ReviewCatalogueView(LegalReviewService reviews, OrganizationService organization, Messages messages) {
        this.reviews = reviews;
        this.organization = organization;
        this.messages = messages;
        addClassName("zhifa-view");
        setSizeFull();
        Map<Long, String> items = organization.items(false).stream()
                .collect(Collectors.toMap(ViolationItem::id, ViolationItem::name));
        grid.setId("catalogue-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(r -> getTranslation("review.ruleType." + r.type().name()))
                .setHeader(getTranslation("review.admin.type")).setAutoWidth(true);
        grid.addColumn(CatalogueRule::label).setHeader(getTranslation("review.admin.label")).setFlexGrow(2);
        grid.addColumn(r -> r.thresholdPerson() == null ? Ui.DASH : r.thresholdPerson().toPlainString())
                .setHeader(getTranslation("review.admin.person")).setAutoWidth(true);
        grid.addColumn(r -> r.thresholdOrg() == null ? Ui.DASH : r.thresholdOrg().toPlainString())
                .setHeader(getTranslation("review.admin.org")).setAutoWidth(true);
        grid.addColumn(r -> r.itemId() == null ? Ui.DASH : items.getOrDefault(r.itemId(), Ui.DASH))
                .setHeader(getTranslation("review.admin.item"));
        grid.addColumn(r -> Ui.orDash(r.legalBasis())).setHeader(getTranslation("review.admin.basis")).setFlexGrow(2);
        grid.addColumn(r -> getTranslation(r.active() ? "review.admin.active" : "review.admin.inactive"))
                .setHeader(getTranslation("review.admin.state")).setAutoWidth(true);
        grid.addComponentColumn(r -> {
            Button edit = new Button(getTranslation("review.admin.edit"), e -> edit(r));
            edit.setId("rule-edit-" + r.id());
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return edit;
        }).setAutoWidth(true);
        grid.setSizeFull();
        Button add = new Button(getTranslation("review.admin.newRule"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.setId("rule-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new HorizontalLayout(new H2(getTranslation("review.admin.catalogue")), add), grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(reviews.catalogue());
    }

    private void edit(CatalogueRule rule) {
        Select<RuleType> type = new Select<>();
        type.setLabel(getTranslation("review.admin.type"));
        type.setItems(RuleType.values());
        type.setItemLabelGenerator(t -> getTranslation("review.ruleType." + t.name()));
        type.setId("rule-type");
        TextField label = new TextField(getTranslation("review.admin.label"));
        label.setId("rule-label");
        BigDecimalField person = new BigDecimalField(getTranslation("review.admin.person"));
        person.setId("rule-person");
        BigDecimalField org = new BigDecimalField(getTranslation("review.admin.org"));
        org.setId("rule-org");
        Select<ViolationItem> item = new Select<>();
        item.setLabel(getTranslation("review.admin.item"));
        List<ViolationItem> items = organization.items(true);
        item.setItems(items);
        item.setItemLabelGenerator(ViolationItem::name);
        item.setEmptySelectionAllowed(true);
        TextArea basis = new TextArea(getTranslation("review.admin.basis"));
        Checkbox active = new Checkbox(getTranslation("review.admin.active"), true);
        active.setId("rule-active");
        if (rule != null) {
            type.setValue(rule.type());
            label.setValue(rule.label());
            person.setValue(rule.thresholdPerson());
            org.setValue(rule.thresholdOrg());
            items.stream().filter(i -> i.id() == (rule.itemId() == null ? -1 : rule.itemId())).findFirst()
                    .ifPresent(item::setValue);
            basis.setValue(rule.legalBasis() == null ? "" : rule.legalBasis());
            active.setValue(rule.active());
        }
        FormLayout form = new FormLayout(type, label, person, org, item, active, basis);
        EditDialog.open(this, messages, getTranslation(rule == null ? "review.admin.newRule" : "review.admin.edit"),
                form, "rule-save", () -> reviews.saveRule(CurrentActor.get(), new CatalogueRule(
                        rule == null ? null : rule.id(), type.getValue(), label.getValue(), person.getValue(),
                        org.getValue(), item.getValue() == null ? null : item.getValue().id(), basis.getValue(),
                        active.getValue(), null, null)), this::refresh);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.admin.catalogue") + " · " + getTranslation("app.name");
    }
}
