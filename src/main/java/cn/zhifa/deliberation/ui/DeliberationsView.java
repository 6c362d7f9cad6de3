package cn.zhifa.deliberation.ui;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.deliberation.DeliberationService;
import cn.zhifa.deliberation.ExtensionRequest;
import cn.zhifa.deliberation.Meeting;
import cn.zhifa.deliberation.NewMeeting;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.CurrentActor;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.Role;
import cn.zhifa.organization.UserAccount;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.shared.ui.MainLayout;
import cn.zhifa.shared.ui.Ui;
import cn.zhifa.tasks.InboxTask;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * 集体讨论: the cases of the unit awaiting the heads' deliberation and those whose decision period the heads may be
 * asked to extend once more (延长办案期限), convening a meeting with some of them on the agenda, and the unit's meetings. Calls only {@link DeliberationService}.
 */
@Route(value = "deliberations", layout = MainLayout.class)
@Menu(title = "ui.nav.deliberations", order = 6, icon = "vaadin:group")
@RolesAllowed({"HEAD", "PRINCIPAL_HEAD", "SUPERVISOR", "ADMIN"})
class DeliberationsView extends VerticalLayout implements HasDynamicTitle {

    private final DeliberationService deliberations;
    private final OrganizationService organization;
    private final Messages messages;
    private final Clock clock;

    DeliberationsView(DeliberationService deliberations, OrganizationService organization, Messages messages,
            Clock clock) {
        this.deliberations = deliberations;
        this.organization = organization;
        this.messages = messages;
        this.clock = clock;
        addClassName("zhifa-view");
        render();
    }

    private void render() {
        removeAll();
        Actor actor = CurrentActor.get();
        add(new H2(getTranslation("ui.delib.title")));
        if (actor.isHead()) {
            add(convene(actor));
        }
        add(section("ui.delib.meetings"), meetings(actor));
    }

    private VerticalLayout convene(Actor actor) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.add(section("ui.delib.awaiting"));
        List<InboxTask> waiting;
        try {
            waiting = deliberations.awaiting(actor);
        } catch (DomainException e) {
            box.add(new Span(messages.of(e, Ui.locale())));
            return box;
        }
        List<CaseFile> extendable = deliberations.extensionCandidates(actor);
        if (waiting.isEmpty() && extendable.isEmpty()) {
            Span none = new Span(getTranslation("ui.delib.noneAwaiting"));
            none.setId("delib-none-awaiting");
            box.add(none);
            return box;
        }
        CheckboxGroup<InboxTask> agenda = new CheckboxGroup<>(getTranslation("ui.delib.agenda"));
        agenda.setId("delib-agenda");
        agenda.setItems(waiting);
        agenda.setVisible(!waiting.isEmpty());
        agenda.setItemLabelGenerator(t -> Ui.orDash(t.caseNo()) + " " + Ui.orDash(t.partyName()) + " · "
                + Ui.orDash(t.itemName()));
        // 延长办案期限: cases whose head's extension is used, whatever their open step (decision 0030)
        CheckboxGroup<CaseFile> extend = new CheckboxGroup<>(getTranslation("ui.delib.extensionAgenda"));
        extend.setId("delib-extension-agenda");
        extend.setItems(extendable);
        extend.setItemLabelGenerator(c -> Ui.orDash(c.caseNo()) + " " + Ui.orDash(c.partyName()));
        extend.setHelperText(getTranslation("ui.delib.extensionAgendaHelp"));
        IntegerField extendDays = new IntegerField(getTranslation("ui.delib.extensionDays"));
        extendDays.setId("delib-extension-days");
        extendDays.setValue(60);
        TextField extendReason = new TextField(getTranslation("ui.delib.extensionReason"));
        extendReason.setId("delib-extension-reason");
        extendReason.setMaxLength(4000);
        HorizontalLayout extension = new HorizontalLayout(extend, extendDays, extendReason);
        extension.setVisible(!extendable.isEmpty());
        DateTimePicker when = new DateTimePicker(getTranslation("ui.delib.scheduledAt"));
        when.setId("delib-scheduled-at");
        when.setLocale(Ui.locale());
        when.setValue(LocalDateTime.now(clock).truncatedTo(ChronoUnit.HOURS).plusHours(1));
        TextField place = new TextField(getTranslation("ui.delib.place"));
        place.setId("delib-place");
        place.setRequiredIndicatorVisible(true);
        place.setMaxLength(200);
        List<UserAccount> unit = organization.users(actor.unitId()).stream().filter(UserAccount::enabled).toList();
        List<UserAccount> heads = unit.stream().filter(u -> u.toActor().isHead()).toList();
        Select<UserAccount> presiding = new Select<>();
        presiding.setLabel(getTranslation("ui.delib.presiding"));
        presiding.setId("delib-presiding");
        presiding.setItems(heads);
        presiding.setItemLabelGenerator(UserAccount::displayName);
        heads.stream().filter(u -> u.roles().contains(Role.PRINCIPAL_HEAD)).findFirst()
                .ifPresent(presiding::setValue);
        CheckboxGroup<UserAccount> others = new CheckboxGroup<>(getTranslation("ui.delib.others"));
        others.setId("delib-others");
        others.setItems(unit.stream().filter(u -> u.roles().contains(Role.LEGAL_REVIEWER) && !u.toActor().isHead())
                .sorted(Comparator.comparing(UserAccount::id)).toList());
        others.setItemLabelGenerator(UserAccount::displayName);
        FormLayout form = new FormLayout(when, place, presiding, others);
        Button convene = new Button(getTranslation("ui.delib.convene"), e -> {
            try {
                Meeting m = deliberations.convene(CurrentActor.get(), new NewMeeting(when.getValue(),
                        place.getValue(), presiding.getValue() == null ? null : presiding.getValue().id(),
                        agenda.getValue().stream().map(InboxTask::caseId).toList(),
                        others.getValue().stream().map(UserAccount::id).collect(Collectors.toList()),
                        extend.getValue().stream().map(c -> new ExtensionRequest(c.id(), extendDays.getValue(),
                                extendReason.getValue())).toList()));
                getUI().ifPresent(ui -> ui.navigate("deliberations/" + m.id()));
            } catch (DomainException ex) {
                Ui.refused(messages, ex);
            }
        });
        convene.setId("delib-convene");
        convene.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        box.add(agenda, extension, form, convene);
        return box;
    }

    private Grid<Meeting> meetings(Actor actor) {
        Grid<Meeting> grid = new Grid<>();
        grid.setId("delib-meetings");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addComponentColumn(m -> {
            Anchor open = new Anchor("deliberations/" + m.id(), getTranslation("ui.delib.meeting", m.id()));
            open.addClassName("delib-open");
            return open;
        }).setHeader(getTranslation("ui.delib.open")).setAutoWidth(true);
        grid.addColumn(m -> Ui.dateTime(m.scheduledAt())).setHeader(getTranslation("ui.delib.scheduledAt"))
                .setAutoWidth(true);
        grid.addColumn(Meeting::place).setHeader(getTranslation("ui.delib.place")).setAutoWidth(true);
        grid.addColumn(m -> m.items().stream().map(i -> Ui.orDash(i.caseNo()) + " " + Ui.orDash(i.partyName())
                + (i.isExtension() ? " · " + getTranslation("deliberation.kind.EXTENSION") : ""))
                .collect(Collectors.joining("；"))).setHeader(getTranslation("ui.delib.agenda")).setFlexGrow(1);
        grid.addColumn(m -> getTranslation("deliberation.status." + m.status().name()))
                .setHeader(getTranslation("ui.delib.status")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("ui.delib.noMeetings"));
        grid.setAllRowsVisible(true);
        try {
            grid.setItems(deliberations.meetings(actor));
        } catch (DomainException e) {
            Ui.refused(messages, e);
        }
        return grid;
    }

    private H3 section(String key) {
        return sectionTitle(getTranslation(key));
    }

    /** A section heading of the deliberation screens. */
    static H3 sectionTitle(String text) {
        H3 h = new H3(text);
        h.addClassName("zhifa-section-title");
        return h;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ui.delib.title");
    }
}
