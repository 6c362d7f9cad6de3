package cn.zhifa.review.ui;

import cn.zhifa.organization.CurrentActor;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.Role;
import cn.zhifa.organization.UserAccount;
import cn.zhifa.review.LegalReviewService;
import cn.zhifa.review.ReviewerEligibility;
import cn.zhifa.review.ReviewViews.Qualification;
import cn.zhifa.shared.Messages;
import cn.zhifa.shared.ui.MainLayout;
import cn.zhifa.shared.ui.Ui;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 法制审核人员资格: every legal reviewer with the qualification record (法律职业资格 certificate, date first engaged);
 * reviewers first engaged after 2021-07-15 without the qualification are marked as not assignable.
 */
@Route(value = "admin/reviewers", layout = MainLayout.class)
@Menu(title = "review.admin.reviewers", order = 15, icon = "vaadin:academy-cap")
@RolesAllowed("ADMIN")
class ReviewerQualificationsView extends VerticalLayout implements HasDynamicTitle {

    private final ReviewerEligibility reviews;
    private final OrganizationService organization;
    private final Messages messages;
    private final Clock clock;
    private final Grid<UserAccount> grid = new Grid<>();
    private Map<Long, Qualification> records = Map.of();

    ReviewerQualificationsView(ReviewerEligibility reviews, OrganizationService organization, Messages messages,
            Clock clock) {
        this.reviews = reviews;
        this.organization = organization;
        this.messages = messages;
        this.clock = clock;
        addClassName("zhifa-view");
        setSizeFull();
        grid.setId("reviewers-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(UserAccount::displayName).setHeader(getTranslation("review.admin.reviewer")).setAutoWidth(true);
        grid.addColumn(u -> q(u, Qualification::certificateNo)).setHeader(getTranslation("review.admin.certNo"));
        grid.addColumn(u -> q(u, x -> Ui.date(x.appointedOn()))).setHeader(getTranslation("review.admin.appointed"));
        grid.addColumn(u -> q(u, x -> getTranslation(x.qualified() ? "review.admin.qualified"
                : "review.admin.notQualified"))).setHeader(getTranslation("review.admin.qualification"));
        grid.addColumn(u -> getTranslation(assignable(records.get(u.id())) ? "review.admin.assignable"
                : "review.admin.notAssignable")).setHeader(getTranslation("review.admin.assignability"));
        grid.addColumn(u -> q(u, x -> Ui.dateTime(x.recordedAt()))).setHeader(getTranslation("review.admin.recorded"));
        grid.addComponentColumn(u -> {
            Button edit = new Button(getTranslation("review.admin.edit"), e -> edit(u));
            edit.setId("reviewer-edit-" + u.id());
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return edit;
        }).setAutoWidth(true);
        grid.setSizeFull();
        add(new H2(getTranslation("review.admin.reviewers")), grid);
        refresh();
    }

    private static boolean assignable(Qualification q) {
        return q != null && (!q.appointedOn().isAfter(LegalReviewService.QUALIFICATION_REQUIRED_AFTER)
                || (q.qualified() && q.certificateNo() != null));
    }

    private String q(UserAccount u, Function<Qualification, String> f) {
        Qualification q = records.get(u.id());
        return q == null ? Ui.DASH : Ui.orDash(f.apply(q));
    }

    private void refresh() {
        records = reviews.qualifications(CurrentActor.get()).stream()
                .collect(Collectors.toMap(Qualification::userId, x -> x));
        grid.setItems(organization.users(null).stream().filter(u -> u.roles().contains(Role.LEGAL_REVIEWER))
                .toList());
    }

    private void edit(UserAccount u) {
        Qualification old = records.get(u.id());
        TextField cert = new TextField(getTranslation("review.admin.certNo"));
        cert.setId("reviewer-cert");
        DatePicker appointed = Ui.datePicker(getTranslation("review.admin.appointed"), Ui.locale(),
                getTranslation("ui.today"), getTranslation("ui.cancel"));
        appointed.setId("reviewer-appointed");
        appointed.setMax(LocalDate.now(clock));
        Checkbox qualified = new Checkbox(getTranslation("review.admin.qualified"));
        qualified.setId("reviewer-qualified");
        if (old != null) {
            cert.setValue(old.certificateNo() == null ? "" : old.certificateNo());
            appointed.setValue(old.appointedOn());
            qualified.setValue(old.qualified());
        }
        EditDialog.open(this, messages, u.displayName(), new FormLayout(cert, appointed, qualified),
                "reviewer-save", () -> reviews.saveQualification(CurrentActor.get(), u.id(), cert.getValue(),
                        appointed.getValue(), qualified.getValue()), this::refresh);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.admin.reviewers") + " · " + getTranslation("app.name");
    }
}
