package cn.zhifa.evidence.ui;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.ProcedureTasks;
import cn.zhifa.casefile.ui.CasePanels;
import cn.zhifa.evidence.Evidence;
import cn.zhifa.evidence.EvidenceService;
import cn.zhifa.organization.Actor;
import cn.zhifa.shared.ui.Ui;
import cn.zhifa.tasks.InboxTask;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;

/**
 * The case's evidence beside the steps where it is weighed — 法制审核 (the reviewer checks "facts clear, evidence
 * sufficient" against it), 案件审核, 集体讨论 and 处罚决定: each item's kind, capture, officers and description, opened in a
 * new tab through the recorded evidence endpoint (so every view lands in the record).
 */
@org.springframework.stereotype.Component
@Order(20)
class EvidencePanels implements CasePanels {

    /** 案件审核, 集体讨论 and 处理决定 show the evidence in the case material (casefile's material panel). */
    private static final Set<String> TASKS = Set.of(ProcedureTasks.LEGAL_REVIEW);

    private final EvidenceService evidence;

    EvidencePanels(EvidenceService evidence) {
        this.evidence = evidence;
    }

    @Override
    public Optional<Component> besideTask(Actor actor, InboxTask task, CaseFile caseFile) {
        if (!TASKS.contains(task.taskKey())) {
            return Optional.empty();
        }
        List<Evidence> items = evidence.list(actor, caseFile.id());
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setSpacing(false);
        box.setId("beside-evidence");
        box.add(new H3(box.getTranslation("evidence.ui.gallery") + "（" + items.size() + "）"));
        if (items.isEmpty()) {
            box.add(new Span(box.getTranslation("evidence.ui.empty")));
        }
        for (Evidence e : items) {
            Div row = new Div();
            row.addClassName("beside-evidence-item");
            Anchor open = new Anchor("evidence-files/" + e.id(), e.fileName());
            open.setTarget("_blank");
            open.setRouterIgnore(true);
            String officers = e.officers().stream().map(Evidence.Officer::name).collect(Collectors.joining("、"));
            row.add(open, new Span(" · " + box.getTranslation("evidence.kind." + e.kind().name()) + " · "
                    + Ui.dateTime(e.capturedAt()) + (officers.isEmpty() ? "" : " · " + officers)
                    + (e.description() == null ? "" : " · " + e.description())));
            if (e.withdrawn()) {
                // a withdrawn item stays listed (the record keeps it) but is struck through and says why
                open.getStyle().set("text-decoration", "line-through");
                row.add(new Span(" · " + box.getTranslation("evidence.ui.withdrawn", e.withdrawnByName(),
                        Ui.dateTime(e.withdrawnAt()), e.withdrawalReason())));
            }
            box.add(row);
        }
        box.add(new Anchor("cases/" + caseFile.id() + "/evidence", box.getTranslation("evidence.link")));
        return Optional.of(box);
    }
}
