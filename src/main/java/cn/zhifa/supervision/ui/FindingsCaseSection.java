package cn.zhifa.supervision.ui;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.ui.CasePanels;
import cn.zhifa.organization.Actor;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.shared.ui.Ui;
import cn.zhifa.supervision.Finding;
import cn.zhifa.supervision.PreAuditService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The case workspace's 自动预审 section: the case's pre-audit findings with their rubric item and proposed deduction,
 * shown to everyone who may read the case — the handlers see them before any review (自查).
 */
@org.springframework.stereotype.Component
@org.springframework.core.annotation.Order(40)
class FindingsCaseSection implements CasePanels {

    private final PreAuditService audits;
    private final Messages messages;

    FindingsCaseSection(PreAuditService audits, Messages messages) {
        this.audits = audits;
        this.messages = messages;
    }

    @Override
    public Optional<Component> workspaceSection(Actor actor, CaseFile caseFile) {
        List<Finding> findings;
        try {
            findings = audits.findings(actor, caseFile.id());
        } catch (DomainException e) {
            return Optional.empty();
        }
        Locale l = Ui.locale();
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setSpacing(false);
        box.setId("case-findings");
        if (findings.isEmpty()) {
            box.add(new Span(messages.get("sv.findings.none", l)));
        }
        for (Finding f : findings) {
            Div line = new Div(new Span(messages.get("sv.finding." + f.kind().name(), l) + " · " + f.itemCode()
                    + " · " + messages.get(f.veto() ? "sv.findings.veto" : "sv.findings.deduction", l,
                            f.deduction().stripTrailingZeros().toPlainString())
                    + (f.detail() == null ? "" : " — " + f.detail())));
            line.addClassName(f.veto() ? "sv-finding-veto" : "sv-finding");
            box.add(line);
        }
        H3 title = new H3(messages.get("sv.findings.title", l, findings.size()));
        title.addClassName("zhifa-section-title");
        VerticalLayout section = new VerticalLayout(title, box);
        section.setPadding(false);
        return Optional.of(section);
    }
}
