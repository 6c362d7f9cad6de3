package cn.zhifa.casefile.ui;

import cn.zhifa.casefile.CaseFileView;
import cn.zhifa.casefile.CaseStage;
import cn.zhifa.casefile.CourtRuling;
import cn.zhifa.casefile.ExecutionAct;
import cn.zhifa.casefile.ExecutionActKind;
import cn.zhifa.casefile.ExecutionService;
import cn.zhifa.casefile.ExecutionStatus;
import cn.zhifa.casefile.Payment;
import cn.zhifa.casefile.TerminationGround;
import cn.zhifa.organization.Actor;
import cn.zhifa.shared.ui.Ui;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;

/**
 * 执行 of a served fine decision in the workspace (decision record 0021): paid and outstanding (fine and surcharge),
 * the payment deadline, finality, the 催告 and the court window; the payments and acts; and the actions — payments,
 * deferral applications, 催告 and its service, the court's acceptance and ruling for handlers and heads; the decision
 * on an application, the application to the court and termination for heads. The services check every rule again.
 */
final class ExecutionSection extends ClockSectionBase {

    private final ExecutionStatus x;

    ExecutionSection(CaseClockSection.Services services, Actor actor, CaseFileView view, ExecutionStatus x,
            Runnable reload) {
        super(services, actor, view.caseFile(), reload);
        this.x = x;
        setId("case-execution");
        add(summary());
        Grid<Payment> payments = smallGrid(x.payments());
        payments.setId("execution-payments");
        payments.addColumn(Payment::receiptNo).setHeader(getTranslation("ui.execution.receiptNo")).setAutoWidth(true);
        payments.addColumn(p -> Ui.date(p.paidOn())).setHeader(getTranslation("ui.execution.paidOn")).setAutoWidth(true);
        payments.addColumn(p -> p.finePart().toPlainString()).setHeader(getTranslation("ui.execution.fine"));
        payments.addColumn(p -> p.surchargePart().toPlainString()).setHeader(getTranslation("ui.execution.surcharge"));
        Grid<ExecutionAct> acts = smallGrid(x.acts());
        acts.setId("execution-acts");
        acts.addColumn(a -> Ui.date(a.actDate())).setHeader(getTranslation("ui.execution.appliedOn")).setAutoWidth(true)
                .setFlexGrow(0);
        acts.addColumn(this::describe).setHeader(getTranslation("ui.execution.acts")).setFlexGrow(1);
        add(new Span(getTranslation("ui.execution.payments")), payments, new Span(getTranslation("ui.execution.acts")),
                acts);
        boolean handler = view.handlers().stream().anyMatch(h -> h.userId() == actor.userId());
        boolean inExecution = c.stage() == CaseStage.EXECUTION || c.stage() == CaseStage.CLOSING;
        if (inExecution && !x.settled() && (handler || actor.isHead()) && c.unitId() == actor.unitId()) {
            add(actions(handler));
        }
    }

    private Div summary() {
        Div div = new Div();
        div.setId("execution-summary");
        div.add(line("execution-fine", getTranslation("ui.execution.fine") + " " + x.fine().toPlainString() + "，"
                + getTranslation("ui.execution.paid") + " " + x.finePaid().toPlainString() + "，"
                + getTranslation("ui.execution.outstanding") + " " + x.fineOutstanding().toPlainString() + " "
                + getTranslation("ui.yuan")));
        div.add(line("execution-surcharge", getTranslation("ui.execution.surcharge") + " "
                + x.surcharge().amount().toPlainString() + "，" + getTranslation("ui.execution.paid") + " "
                + x.surchargePaid().toPlainString() + "，" + getTranslation("ui.execution.outstanding") + " "
                + x.surchargeOutstanding().toPlainString() + " " + getTranslation("ui.yuan")));
        div.add(line("execution-due", getTranslation("ui.execution.paymentDue") + " " + Ui.date(x.paymentDue())));
        if (x.annulledBy() != null) {
            div.add(line("execution-annulled", getTranslation("ui.remedy.obligationEnded",
                    getTranslation("ui.remedy.outcome." + x.annulledBy().outcome().name()), x.refundDue().toPlainString())));
        } else if (x.refundDue().signum() > 0) {
            div.add(line("execution-refund", getTranslation("ui.remedy.refundDue", x.refundDue().toPlainString())));
        }
        x.schedule().forEach(i -> div.add(line("execution-instalment-" + i.number(), getTranslation(
                "ui.execution.schedule") + " " + i.number() + Ui.colon() + Ui.date(i.due()) + " " + i.amount().toPlainString())));
        div.add(line("execution-final", x.finalOn() != null
                ? getTranslation("ui.execution.finalOn") + " " + Ui.date(x.finalOn())
                : getTranslation("ui.execution.notFinal", Ui.date(x.remedyWindowsEnd()))));
        if (x.demandPeriodEnd() != null) {
            div.add(line("execution-demand-end", getTranslation("ui.execution.demandPeriodEnd") + " "
                    + Ui.date(x.demandPeriodEnd())));
        }
        if (x.courtBy() != null) {
            div.add(line("execution-court-window", getTranslation("ui.execution.courtWindow") + " "
                    + (x.courtFrom() == null ? "" : Ui.date(x.courtFrom())) + " – " + Ui.date(x.courtBy())));
        }
        div.add(line("execution-settled", getTranslation(x.settled() ? "ui.execution.settled"
                : "ui.execution.notSettled")));
        return div;
    }

    private static Div line(String id, String text) {
        Div d = new Div(new Span(text));
        d.setId(id);
        return d;
    }

    private String describe(ExecutionAct a) {
        return switch (a.kind()) {
            case DEFERRAL, INSTALMENTS -> getTranslation("execution.kind." + a.kind()) + Ui.colon() + a.note() + " — "
                    + (a.approved() == null ? getTranslation("ui.execution.pending")
                            : getTranslation(a.approved() ? "ui.execution.approve" : "ui.execution.refuse")
                                    + (a.newDue() == null ? "" : " → " + Ui.date(a.newDue())));
            case DEMAND -> getTranslation("ui.action.DEMAND_ISSUED") + " " + a.docNo()
                    + (a.servedDate() == null ? "" : "，" + getTranslation("ui.action.DEMAND_SERVED") + " "
                            + Ui.date(a.servedDate()));
            case COURT -> getTranslation("ui.action.COURT_APPLIED") + " " + a.court() + " " + a.docNo()
                    + (a.acceptedDate() == null ? "" : "，" + getTranslation("ui.action.COURT_ACCEPTED") + " "
                            + Ui.date(a.acceptedDate()) + " " + a.courtCaseNo())
                    + (a.ruledDate() == null ? "" : "，" + getTranslation("execution.ruling." + a.ruling()) + " "
                            + Ui.date(a.ruledDate()));
            case TERMINATION -> getTranslation("ui.action.EXECUTION_TERMINATED") + Ui.colon()
                    + getTranslation("execution.ground." + a.ground()) + (a.note() == null ? "" : "（" + a.note() + "）");
        };
    }

    private HorizontalLayout actions(boolean handler) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setId("execution-actions");
        bar.setWrap(true);
        bar.add(button("ui.execution.pay", "execution-pay", this::pay));
        if (x.pendingApplication() == null && x.fineOutstanding().signum() > 0 && x.court() == null) {
            bar.add(button("ui.execution.applyDeferral", "execution-deferral", this::applyDeferral));
        }
        boolean demandUnserved = x.demand() != null && x.demand().servedDate() == null;
        if (x.court() == null && !demandUnserved) {
            bar.add(button("ui.execution.issueDemand", "execution-demand", this::issueDemand));
        }
        if (demandUnserved) {
            bar.add(button("ui.execution.serveDemand", "execution-serve-demand", this::serveDemand));
        }
        if (x.court() != null && x.court().acceptedDate() == null) {
            bar.add(button("ui.execution.accept", "execution-court-accept", this::accept));
        } else if (x.court() != null) {
            bar.add(button("ui.execution.rule", "execution-court-rule", this::rule));
        }
        if (actor.isHead()) {
            if (x.court() == null) {
                bar.add(button("ui.execution.applyCourt", "execution-court", this::applyCourt));
            }
            if (!handler && x.pendingApplication() != null) {
                bar.add(button("ui.execution.approve", "execution-decide", this::decide));
            }
            if (!handler) {
                bar.add(button("ui.execution.terminate", "execution-terminate", this::terminate));
            }
        }
        return bar;
    }

    private Button button(String key, String id, Runnable open) {
        Button b = new Button(getTranslation(key), e -> open.run());
        b.setId(id);
        return b;
    }

    private TextField text(String key, String id) {
        TextField t = new TextField(getTranslation(key));
        t.setId(id);
        t.setMaxLength(64);
        t.setRequiredIndicatorVisible(true);
        return t;
    }

    private BigDecimalField money(String key, String id, BigDecimal value) {
        BigDecimalField f = new BigDecimalField(getTranslation(key));
        f.setId(id);
        f.setValue(value);
        return f;
    }

    private TextArea area(String key, String id) {
        TextArea a = reason(id);
        a.setLabel(getTranslation(key));
        return a;
    }

    private void pay() {
        TextField receipt = text("ui.execution.receiptNo", "execution-receipt");
        BigDecimalField fine = money("ui.execution.fine", "execution-fine-part", x.fineOutstanding());
        BigDecimalField surcharge = money("ui.execution.surcharge", "execution-surcharge-part",
                x.surchargeOutstanding());
        DatePicker paidOn = datePicker("ui.execution.paidOn", "execution-paid-on");
        paidOn.setMin(c.decidedDate());
        dialog("ui.execution.pay", new FormLayout(receipt, paidOn, fine, surcharge),
                () -> required(receipt, !receipt.getValue().isBlank()) & required(paidOn, paidOn.getValue() != null),
                () -> services.execution().pay(actor, c.id(), new ExecutionService.PaymentInput(receipt.getValue(),
                        fine.getValue(), surcharge.getValue(), paidOn.getValue())), "ui.execution.paymentRecorded");
    }

    private void applyDeferral() {
        Select<ExecutionActKind> kind = new Select<>();
        kind.setId("execution-deferral-kind");
        kind.setLabel(getTranslation("ui.execution.kind"));
        kind.setItems(ExecutionActKind.DEFERRAL, ExecutionActKind.INSTALMENTS);
        kind.setItemLabelGenerator(k -> getTranslation("execution.kind." + k.name()));
        kind.setValue(ExecutionActKind.DEFERRAL);
        DatePicker appliedOn = datePicker("ui.execution.appliedOn", "execution-applied-on");
        IntegerField days = new IntegerField(getTranslation("ui.execution.days"));
        days.setId("execution-days");
        days.setValue(30);
        IntegerField count = new IntegerField(getTranslation("ui.execution.instalments"));
        count.setId("execution-instalments");
        count.setValue(2);
        TextArea why = area("ui.execution.reason", "execution-deferral-reason");
        FormLayout form = new FormLayout(kind, appliedOn, days, count, why);
        form.setColspan(why, 2);
        dialog("ui.execution.applyDeferral", form, () -> required(why, !why.getValue().isBlank())
                & required(days, days.getValue() != null),
                () -> services.execution().applyForDeferral(actor, c.id(), kind.getValue(), appliedOn.getValue(),
                        days.getValue(), count.getValue(), why.getValue()), "ui.execution.applied");
    }

    private void decide() {
        ExecutionAct pending = x.pendingApplication();
        Select<Boolean> approve = new Select<>();
        approve.setId("execution-decision");
        approve.setLabel(getTranslation("ui.execution.decided"));
        approve.setItems(true, false);
        approve.setItemLabelGenerator(b -> getTranslation(b ? "ui.execution.approve" : "ui.execution.refuse"));
        approve.setValue(true);
        TextArea opinion = area("ui.execution.opinion", "execution-opinion");
        dialog("ui.execution.approve", new FormLayout(new Span(describe(pending)), approve, opinion),
                () -> required(opinion, approve.getValue() || !opinion.getValue().isBlank()),
                () -> services.execution().decideDeferral(actor, c.id(), pending.id(), approve.getValue(),
                        opinion.getValue()), "ui.execution.decided");
    }

    private void issueDemand() {
        TextField no = text("ui.execution.docNo", "execution-demand-no");
        TextArea note = area("ui.execution.note", "execution-demand-note");
        note.setRequiredIndicatorVisible(false);
        dialog("ui.execution.issueDemand", new FormLayout(no, note), () -> required(no, !no.getValue().isBlank()),
                () -> services.enforcement().issueDemand(actor, c.id(), no.getValue(), note.getValue()),
                "ui.execution.demandIssued");
    }

    private void serveDemand() {
        FormLayout form = new FormLayout();
        DatePicker delivered = datePicker("ui.execution.delivered", "execution-demand-delivered");
        delivered.setMin(x.demand().actDate());
        ServiceMethodSelect.Fields fields = new ServiceMethodSelect.Fields(this, form, delivered, "execution-demand");
        dialog("ui.execution.serveDemand", form, () -> required(delivered, delivered.getValue() != null),
                () -> services.enforcement().serveDemand(actor, c.id(), fields.method.getValue(), delivered.getValue(),
                        fields.reference(), fields.reason()), "ui.execution.demandServed");
    }

    private void applyCourt() {
        TextField court = text("ui.execution.court", "execution-court-name");
        court.setMaxLength(200);
        TextField no = text("ui.execution.docNo", "execution-court-no");
        TextArea note = area("ui.execution.note", "execution-court-note");
        note.setRequiredIndicatorVisible(false);
        dialog("ui.execution.applyCourt", new FormLayout(court, no, note),
                () -> required(court, !court.getValue().isBlank()) & required(no, !no.getValue().isBlank()),
                () -> services.enforcement().applyToCourt(actor, c.id(), court.getValue(), no.getValue(),
                        note.getValue()), "ui.execution.courtApplied");
    }

    private void accept() {
        DatePicker on = datePicker("ui.execution.acceptedOn", "execution-accepted-on");
        TextField no = text("ui.execution.courtCaseNo", "execution-court-case-no");
        dialog("ui.execution.accept", new FormLayout(on, no), () -> required(no, !no.getValue().isBlank()),
                () -> services.enforcement().courtAccepted(actor, c.id(), on.getValue(), no.getValue()),
                "ui.execution.accepted");
    }

    private void rule() {
        DatePicker on = datePicker("ui.execution.ruledOn", "execution-ruled-on");
        Select<CourtRuling> ruling = new Select<>();
        ruling.setId("execution-ruling");
        ruling.setLabel(getTranslation("ui.execution.ruling"));
        ruling.setItems(CourtRuling.values());
        ruling.setItemLabelGenerator(r -> getTranslation("execution.ruling." + r.name()));
        ruling.setValue(CourtRuling.ENFORCE);
        TextArea note = area("ui.execution.note", "execution-ruling-note");
        dialog("ui.execution.rule", new FormLayout(on, ruling, note), () -> required(note, !note.getValue().isBlank()),
                () -> services.enforcement().courtRuled(actor, c.id(), on.getValue(), ruling.getValue(),
                        note.getValue()), "ui.execution.ruled");
    }

    private void terminate() {
        Select<TerminationGround> ground = new Select<>();
        ground.setId("execution-ground");
        ground.setLabel(getTranslation("ui.execution.ground"));
        ground.setItems(TerminationGround.values());
        ground.setItemLabelGenerator(g -> getTranslation("execution.ground." + g.name()));
        TextArea why = area("ui.execution.note", "execution-termination-reason");
        FormLayout form = new FormLayout(ground, why);
        form.setColspan(why, 2);
        dialog("ui.execution.terminate", form, () -> required(ground, ground.getValue() != null)
                & required(why, ground.getValue() != TerminationGround.OTHER || !why.getValue().isBlank()),
                () -> services.execution().terminate(actor, c.id(), ground.getValue(), why.getValue()),
                "ui.execution.terminated");
    }
}
