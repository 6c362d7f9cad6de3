package cn.zhifa.casefile.ui;

import cn.zhifa.calendar.ui.DeadlineBadge;
import cn.zhifa.casefile.CaseDeadline;
import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.ServiceMethod;
import cn.zhifa.shared.ui.Ui;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;

/** The case at a glance: number (or "lead"), stage badge, open deadlines, party, item and key dates. */
class CaseHeader extends Div {

    CaseHeader(CaseFile c) {
        this(c, List.of());
    }

    CaseHeader(CaseFile c, List<CaseDeadline> deadlines) {
        addClassName("zhifa-case-header");
        setId("case-header");
        H2 number = new H2(c.caseNo() == null ? getTranslation("ui.case.leadNo", String.valueOf(c.id())) : c.caseNo());
        number.setId("case-number");
        number.getStyle().set("margin", "0");
        HorizontalLayout title = new HorizontalLayout(number, stageBadge(c));
        title.setAlignItems(FlexComponent.Alignment.CENTER);

        FlexLayout facts = new FlexLayout();
        facts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        facts.getStyle().set("gap", "var(--lumo-space-xs) var(--lumo-space-l)");
        facts.add(fact("ui.col.party", Ui.orDash(c.partyName())), fact("ui.col.item", Ui.orDash(c.itemName())),
                fact("ui.lead.source", c.leadSource() == null ? Ui.DASH
                        : getTranslation("ui.source." + c.leadSource().name())),
                fact("ui.lead.location", Ui.orDash(c.location())),
                fact("ui.lead.discoveredDate", Ui.date(c.discoveredDate())),
                fact("ui.lead.actDate", Ui.date(c.actDate())), fact("ui.col.filedDate", Ui.date(c.filedDate())));
        if (c.decidedDate() != null) {
            facts.add(fact("ui.case.decidedDate", Ui.date(c.decidedDate())));
        }
        if (c.noticeServedDate() != null && c.noticeMethod() == ServiceMethod.PUBLIC_NOTICE) {
            facts.add(withId(fact("ui.case.noticeServedDate", deemed(c.noticeServedDate(), c.noticeDeliveredDate())),
                    "case-notice-served"));
        }
        if (c.servedDate() != null) {
            facts.add(withId(fact("ui.case.servedDate", c.serviceMethod() == ServiceMethod.PUBLIC_NOTICE
                    ? deemed(c.servedDate(), c.serviceDeliveredDate()) : Ui.date(c.servedDate())), "case-served"));
        }
        if (c.closedDate() != null) {
            facts.add(fact("ui.case.closedDate", Ui.date(c.closedDate())));
        }
        FlexLayout open = new FlexLayout();
        open.setId("case-open-deadlines");
        open.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        open.getStyle().set("gap", "var(--lumo-space-s)");
        for (CaseDeadline d : deadlines) {
            if (d.open()) {
                Span badge = DeadlineBadge.badge(this, getTranslation("deadline." + d.kind().name()), d.due(),
                        d.light(), d.workingDaysLeft(), d.confirmed());
                badge.setId("deadline-badge-" + d.kind().name());
                open.add(badge);
            }
        }
        add(title, open, facts);
    }

    private Span stageBadge(CaseFile c) {
        Span badge = new Span(getTranslation("ui.stage." + c.stage().name()));
        badge.setId("case-stage");
        badge.getElement().getThemeList().add("badge");
        if (c.stage().isTerminal()) {
            badge.getElement().getThemeList().add("contrast");
        }
        return badge;
    }

    /** A date served by public notice: the deemed date with the publication date (decision 0020). */
    private String deemed(java.time.LocalDate deemed, java.time.LocalDate published) {
        return getTranslation("ui.case.deemedOn", Ui.date(deemed), Ui.date(published));
    }

    private static Span withId(Span span, String id) {
        span.setId(id);
        return span;
    }

    private Span fact(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey) + Ui.colon());
        label.addClassName("zhifa-muted");
        Span span = new Span(label, new Span(value));
        return span;
    }
}
