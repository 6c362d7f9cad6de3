package cn.zhifa.summary.ui;

import cn.zhifa.casefile.PartyKind;
import cn.zhifa.organization.Action;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.CurrentActor;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.ScreenAction;
import cn.zhifa.organization.UserAccount;
import cn.zhifa.organization.ViolationItem;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.shared.ui.MainLayout;
import cn.zhifa.shared.ui.Ui;
import cn.zhifa.summary.CollectionReason;
import cn.zhifa.summary.OnTheSpotPenalty;
import cn.zhifa.summary.PenaltyKind;
import cn.zhifa.summary.SummaryCase;
import cn.zhifa.summary.SummaryProcedureService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * 当场处罚: the whole summary procedure in one form for a phone in the field — party, violation and basis, penalty,
 * the second officer, certificates shown, the party heard, signature and (where lawful) collection; one tap decides.
 * Refusals (over 200 / 3,000 yuan, no statement, …) are shown with their legal reason and the form keeps its values.
 */
@Route(value = "summary/new", layout = MainLayout.class)
@Menu(title = "summary.nav", order = 3, icon = "vaadin:bolt")
@PermitAll
@ScreenAction(Action.SUMMARY_DECIDE)
class SummaryFieldFormView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final RadioButtonGroup<PartyKind> partyKind = new RadioButtonGroup<>();
    private final TextField partyName = new TextField();
    private final TextField idNo = new TextField();
    private final TextField phone = new TextField();
    private final TextField place = new TextField();
    private final ComboBox<ViolationItem> item = new ComboBox<>();
    private final TextArea violation = new TextArea();
    private final TextField legalBasis = new TextField();
    private final Checkbox factsConclusive = new Checkbox();
    private final RadioButtonGroup<PenaltyKind> penalty = new RadioButtonGroup<>();
    private final BigDecimalField fine = new BigDecimalField();
    private final ComboBox<UserAccount> secondOfficer = new ComboBox<>();
    private final Checkbox certificatesShown = new Checkbox();
    private final TextArea statement = new TextArea();
    private final Checkbox statementRefused = new Checkbox();
    private final Checkbox partySigned = new Checkbox();
    private final Checkbox collect = new Checkbox();
    private final Select<CollectionReason> collectionReason = new Select<>();
    private final TextField receiptNo = new TextField();
    private Long complaintId;

    SummaryFieldFormView(SummaryProcedureService summaries, OrganizationService organization, Messages messages,
            cn.zhifa.organization.DiscretionBenchmarkService benchmarks) {
        addClassName("zhifa-view");
        addClassName("summary-field-form");
        setMaxWidth("40em");
        Actor me = CurrentActor.get();

        partyKind.setLabel(getTranslation("summary.partyKind"));
        partyKind.setItems(PartyKind.values());
        partyKind.setItemLabelGenerator(k -> getTranslation("summary.partyKind." + k.name()));
        partyKind.setValue(PartyKind.NATURAL_PERSON);
        partyKind.setId("summary-party-kind");
        label(partyName, "summary.party", "summary-party-name");
        label(idNo, "summary.idNo", "summary-id-no");
        label(phone, "summary.phone", "summary-phone");
        label(place, "summary.place", "summary-place");
        item.setLabel(getTranslation("ui.col.item"));
        item.setItems(organization.items(true));
        item.setItemLabelGenerator(ViolationItem::name);
        item.setClearButtonVisible(true);
        item.setId("summary-item");
        item.addValueChangeListener(e -> {
            if (e.getValue() != null && legalBasis.isEmpty()) {
                legalBasis.setValue(e.getValue().penaltyBasis() == null ? "" : e.getValue().penaltyBasis());
            }
        });
        violation.setLabel(getTranslation("summary.violation"));
        violation.setId("summary-violation");
        label(legalBasis, "summary.legalBasis", "summary-legal-basis");
        factsConclusive.setLabel(getTranslation("summary.factsConclusive"));
        factsConclusive.setId("summary-facts-conclusive");
        penalty.setLabel(getTranslation("summary.penalty"));
        penalty.setItems(PenaltyKind.values());
        penalty.setItemLabelGenerator(k -> getTranslation("summary.penalty." + k.name()));
        penalty.setValue(PenaltyKind.FINE);
        penalty.setId("summary-penalty");
        penalty.addValueChangeListener(e -> fine.setEnabled(e.getValue() == PenaltyKind.FINE));
        fine.setLabel(getTranslation("summary.fine"));
        fine.setId("summary-fine");
        secondOfficer.setLabel(getTranslation("summary.secondOfficer"));
        secondOfficer.setItems(organization.qualifiedOfficers(me.unitId()).stream()
                .filter(u -> u.id() != me.userId()).toList());
        secondOfficer.setItemLabelGenerator(UserAccount::displayName);
        secondOfficer.setId("summary-second-officer");
        certificatesShown.setLabel(getTranslation("summary.certificatesShown"));
        certificatesShown.setId("summary-certificates-shown");
        statement.setLabel(getTranslation("summary.statement"));
        statement.setId("summary-statement");
        statementRefused.setLabel(getTranslation("summary.statementRefused"));
        statementRefused.setId("summary-statement-refused");
        partySigned.setLabel(getTranslation("summary.partySigned"));
        partySigned.setValue(true);
        partySigned.setId("summary-party-signed");
        collect.setLabel(getTranslation("summary.collect"));
        collect.setId("summary-collect");
        collectionReason.setLabel(getTranslation("summary.collectionReason"));
        collectionReason.setItems(CollectionReason.values());
        collectionReason.setItemLabelGenerator(r -> r == null ? "" : getTranslation("summary.collectionReason." + r.name()));
        collectionReason.setValue(CollectionReason.SMALL_AMOUNT);
        collectionReason.setId("summary-collection-reason");
        label(receiptNo, "summary.receiptNo", "summary-receipt-no");
        collectionReason.setVisible(false);
        receiptNo.setVisible(false);
        collect.addValueChangeListener(e -> {
            collectionReason.setVisible(e.getValue());
            receiptNo.setVisible(e.getValue());
        });

        FineBenchmarkHint fineHint = new FineBenchmarkHint(benchmarks);
        Runnable hint = () -> fineHint.check(item.getValue() == null ? null : item.getValue().id(),
                partyKind.getValue() == PartyKind.ORGANIZATION, penalty.getValue() == PenaltyKind.FINE,
                fine.getValue());
        item.addValueChangeListener(e -> hint.run());
        partyKind.addValueChangeListener(e -> hint.run());
        penalty.addValueChangeListener(e -> hint.run());
        fine.addValueChangeListener(e -> hint.run());
        FormLayout form = new FormLayout(partyKind, partyName, idNo, phone, place, item, violation, legalBasis,
                factsConclusive, penalty, fine, fineHint, secondOfficer, certificatesShown, statement, statementRefused,
                partySigned, collect, collectionReason, receiptNo);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.setColspan(violation, 2);
        form.setColspan(statement, 2);
        form.setColspan(fineHint, 2);

        Button decide = new Button(getTranslation("summary.decide"), e -> {
            try {
                SummaryCase c = summaries.decide(CurrentActor.get(), penaltyFromForm());
                Ui.success(getTranslation("summary.decided", c.decisionNo()));
                getUI().ifPresent(ui -> ui.navigate("summary/" + c.caseId()));
            } catch (DomainException refused) {
                Ui.refused(messages, refused);
            }
        });
        decide.setId("summary-decide");
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        decide.setWidthFull();
        add(new H2(getTranslation("summary.title")), form, decide);
    }

    private OnTheSpotPenalty penaltyFromForm() {
        return new OnTheSpotPenalty(partyKind.getValue(), partyName.getValue(), null, idNo.getValue(),
                phone.getValue(), violation.getValue(), factsConclusive.getValue(), legalBasis.getValue(),
                place.getValue(), item.getValue() == null ? null : item.getValue().id(), null, penalty.getValue(),
                penalty.getValue() == PenaltyKind.FINE ? fine.getValue() : null,
                secondOfficer.getValue() == null ? 0 : secondOfficer.getValue().id(), certificatesShown.getValue(),
                statement.getValue(), statementRefused.getValue(), partySigned.getValue(), collect.getValue(),
                collect.getValue() ? collectionReason.getValue() : null, receiptNo.getValue(), null, complaintId);
    }

    private void label(TextField f, String key, String id) {
        f.setLabel(getTranslation(key));
        f.setId(id);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        complaintId = event.getLocation().getQueryParameters().getSingleParameter("complaint").map(s -> {
            try {
                return Long.valueOf(s);
            } catch (NumberFormatException e) {
                return null;
            }
        }).orElse(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("summary.title") + " · " + getTranslation("app.name");
    }
}
