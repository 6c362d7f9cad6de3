package cn.zhifa.publication.ui;

import cn.zhifa.calendar.ui.DeadlineBadge;
import cn.zhifa.organization.CurrentActor;
import cn.zhifa.publication.Exclusion;
import cn.zhifa.publication.FalsePositive;
import cn.zhifa.publication.Publication;
import cn.zhifa.publication.PublicationService;
import cn.zhifa.publication.PublicationStatus;
import cn.zhifa.publication.WithdrawalReason;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.shared.ui.MainLayout;
import cn.zhifa.shared.ui.Ui;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * 决定公示 queue: drafts with due date and light, review and adjust the redacted text, exclude with a reason, publish,
 * withdraw with a public explanation. Calls only {@link PublicationService}.
 */
@Route(value = "publications", layout = MainLayout.class)
@Menu(title = "ui.nav.publications", order = 5, icon = "vaadin:globe")
@RolesAllowed({"OFFICER", "TEAM_LEADER", "HEAD", "PRINCIPAL_HEAD", "SUPERVISOR", "ADMIN", "LEGAL_REVIEWER"})
class PublicationsView extends VerticalLayout implements HasDynamicTitle {

    private final PublicationService publications;
    private final Messages messages;
    private final Select<PublicationStatus> status = new Select<>();
    private final Grid<Publication> grid = new Grid<>();
    private final VerticalLayout detail = new VerticalLayout();

    PublicationsView(PublicationService publications, Messages messages) {
        this.publications = publications;
        this.messages = messages;
        addClassName("zhifa-view");
        setSizeFull();
        status.setId("publications-status");
        status.setLabel(getTranslation("ui.pub.filter"));
        status.setItems(PublicationStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "" : getTranslation("publication.status." + s.name()));
        status.setValue(PublicationStatus.DRAFT);
        status.addValueChangeListener(e -> refresh());
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("ui.pub.title")), status);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("publications-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(p -> Ui.orDash(p.caseNo())).setHeader(getTranslation("ui.col.caseNo")).setAutoWidth(true);
        grid.addColumn(Publication::partyText).setHeader(getTranslation("ui.pub.party")).setFlexGrow(1);
        grid.addColumn(p -> getTranslation("publication.outcome." + p.outcome().name()))
                .setHeader(getTranslation("ui.pub.col.outcome")).setAutoWidth(true);
        grid.addComponentColumn(p -> p.light() == null ? new Span(Ui.date(p.dueDate()))
                : DeadlineBadge.badge(this, null, p.dueDate(), p.light(), p.workingDaysLeft(), p.dueConfirmed()))
                .setHeader(getTranslation("ui.col.due")).setWidth("17em").setFlexGrow(0);
        grid.addColumn(p -> getTranslation("publication.status." + p.status().name()))
                .setHeader(getTranslation("ui.pub.col.status")).setAutoWidth(true);
        grid.addColumn(p -> Ui.orDash(p.redactionSummary())).setHeader(getTranslation("ui.pub.col.redaction"))
                .setFlexGrow(1);
        grid.addComponentColumn(p -> {
            Button open = new Button(getTranslation("ui.pub.open"), e -> show(p));
            open.addClassName("pub-open");
            open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return open;
        }).setWidth("7em").setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("ui.pub.empty"));
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        grid.setHeight("18em");
        detail.setId("publication-detail");
        detail.setPadding(false);
        add(header, grid, detail);
        refresh();
    }

    private void refresh() {
        Set<PublicationStatus> filter = status.getValue() == null ? EnumSet.allOf(PublicationStatus.class)
                : EnumSet.of(status.getValue());
        try {
            grid.setItems(publications.queue(CurrentActor.get(), filter, 500));
        } catch (DomainException e) {
            Ui.refused(messages, e);
        }
        detail.removeAll();
    }

    private void show(Publication p) {
        detail.removeAll();
        if (p == null) {
            return;
        }
        TextField party = new TextField(getTranslation("ui.pub.party"));
        party.setId("pub-party");
        party.setValue(p.partyText());
        party.setWidthFull();
        TextArea facts = new TextArea(getTranslation("ui.pub.facts"));
        facts.setId("pub-facts");
        facts.setValue(p.factsText());
        facts.setWidthFull();
        Span info = new Span(Ui.orDash(p.conclusionText()) + " · " + getTranslation(p.reviewedBy() == null
                ? "ui.pub.notReviewed" : "ui.pub.reviewed")
                + (p.exclusion() == null ? "" : " · " + getTranslation("publication.exclusion." + p.exclusion().name())
                        + Ui.colon() + Ui.orDash(p.exclusionNote()))
                + (p.withdrawalNote() == null ? "" : " · " + p.withdrawalNote()));
        info.addClassName("zhifa-muted");
        detail.add(info, party, facts);
        boolean draft = p.status() == PublicationStatus.DRAFT;
        party.setReadOnly(!draft);
        facts.setReadOnly(!draft);
        HorizontalLayout actions = new HorizontalLayout();
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);
        if (draft) {
            TextField note = new TextField(getTranslation("ui.pub.note"));
            note.setId("pub-note");
            TextArea marks = new TextArea(getTranslation("ui.pub.falsePositives"));
            marks.setId("pub-false-positives");
            marks.setWidthFull();
            detail.add(marks);
            Button review = new Button(getTranslation("ui.pub.review"), e -> act(() -> publications.review(
                    CurrentActor.get(), p.id(), party.getValue(), facts.getValue(), note.getValue(),
                    falsePositives(marks.getValue()))));
            review.setId("pub-review");
            Button publish = new Button(getTranslation("ui.pub.publish"), e -> act(() -> publications.publish(
                    CurrentActor.get(), p.id())));
            publish.setId("pub-publish");
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Select<Exclusion> reason = new Select<>();
            reason.setId("pub-exclusion");
            reason.setLabel(getTranslation("ui.pub.exclusionReason"));
            reason.setItems(Exclusion.values());
            reason.setItemLabelGenerator(x -> x == null ? "" : getTranslation("publication.exclusion." + x.name()));
            Button exclude = new Button(getTranslation("ui.pub.exclude"), e -> act(() -> publications.exclude(
                    CurrentActor.get(), p.id(), reason.getValue(), note.getValue())));
            exclude.setId("pub-exclude");
            exclude.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(note, review, publish, reason, exclude);
        } else if (p.status() == PublicationStatus.EXCLUDED) {
            TextField note = new TextField(getTranslation("ui.pub.note"));
            Button lift = new Button(getTranslation("ui.pub.lift"), e -> act(() -> publications.liftExclusion(
                    CurrentActor.get(), p.id(), note.getValue())));
            lift.setId("pub-lift");
            actions.add(note, lift);
        } else if (p.status() == PublicationStatus.PUBLISHED) {
            Select<WithdrawalReason> reason = new Select<>();
            reason.setId("pub-withdrawal-reason");
            reason.setLabel(getTranslation("ui.pub.withdrawalReason"));
            reason.setItems(WithdrawalReason.values());
            reason.setItemLabelGenerator(x -> x == null ? "" : getTranslation("publication.withdrawal." + x.name()));
            DatePicker changed = Ui.datePicker(getTranslation("ui.pub.changedOn"), Ui.locale(), "今天", "取消");
            TextField explanation = new TextField(getTranslation("ui.pub.explanation"));
            explanation.setId("pub-explanation");
            Button withdraw = new Button(getTranslation("ui.pub.withdraw"), e -> act(() -> publications.withdraw(
                    CurrentActor.get(), p.id(), reason.getValue(), changed.getValue(), explanation.getValue())));
            withdraw.setId("pub-withdraw");
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(reason, changed, explanation, withdraw);
        }
        if (p.status() == PublicationStatus.PUBLISHED || p.status() == PublicationStatus.WITHDRAWN) {
            Anchor link = new Anchor("/public/decisions/" + p.publicId(), getTranslation("ui.pub.publicLink"));
            link.setTarget("_blank");
            link.setId("pub-public-link");
            link.setRouterIgnore(true);
            actions.add(link);
        }
        detail.add(actions);
    }

    /** One per line, "text｜reason" (full- or half-width bar). */
    private List<FalsePositive> falsePositives(String lines) {
        List<FalsePositive> out = new ArrayList<>();
        for (String line : lines == null ? new String[0] : lines.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("[｜|]", 2);
            out.add(new FalsePositive(parts[0].trim(), parts.length > 1 ? parts[1].trim() : null));
        }
        return out;
    }

    private void act(Supplier<Publication> action) {
        try {
            action.get();
            Ui.success(getTranslation("ui.pub.done"));
            refresh();
        } catch (DomainException e) {
            Ui.refused(messages, e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ui.pub.title") + " · " + getTranslation("app.name");
    }
}
