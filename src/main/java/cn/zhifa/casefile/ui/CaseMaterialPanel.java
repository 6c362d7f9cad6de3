package cn.zhifa.casefile.ui;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseMaterial;
import cn.zhifa.casefile.CaseMaterialService;
import cn.zhifa.casefile.ProcedureTasks;
import cn.zhifa.organization.Actor;
import cn.zhifa.shared.ui.Ui;
import cn.zhifa.tasks.InboxTask;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.annotation.Order;

/**
 * The case material beside every approval or decision step's form (立案审批, 案件审核, 集体讨论, 处理决定, 结案审批):
 * read-only, the sections the case has, built by {@link CaseMaterialService} in the reader's language.
 */
@org.springframework.stereotype.Component
@Order(5)
class CaseMaterialPanel implements CasePanels {

    static final Set<String> TASKS = Set.of(ProcedureTasks.TASK_APPROVE_FILING, ProcedureTasks.TASK_CASE_REVIEW,
            ProcedureTasks.TASK_DELIBERATION, ProcedureTasks.TASK_DECISION, ProcedureTasks.TASK_CLOSING_APPROVAL);

    private final CaseMaterialService material;

    CaseMaterialPanel(CaseMaterialService material) {
        this.material = material;
    }

    @Override
    public Optional<Component> besideTask(Actor actor, InboxTask task, CaseFile caseFile) {
        if (!TASKS.contains(task.taskKey())) {
            return Optional.empty();
        }
        return Optional.of(render(material.of(actor, caseFile.id(), Ui.locale())));
    }

    static VerticalLayout render(CaseMaterial m) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setSpacing(false);
        box.setId("case-material");
        box.addClassName("case-material");
        box.add(new H3(box.getTranslation("material.title")));
        for (CaseMaterial.Section s : m.sections()) {
            H4 heading = new H4(s.title());
            Div section = new Div(heading);
            section.setId("material-" + s.id());
            section.addClassName("case-material-section");
            for (CaseMaterial.Line l : s.lines()) {
                section.add(line(l));
            }
            box.add(section);
        }
        return box;
    }

    private static Div line(CaseMaterial.Line l) {
        Div row = new Div();
        row.addClassName("case-material-line");
        if (l.thumbnail() != null) {
            Image img = new Image(l.thumbnail(), l.text());
            img.addClassName("case-material-thumb");
            row.add(img);
        }
        if (l.label() != null) {
            Span label = new Span(l.label() + Ui.colon());
            label.addClassName("case-material-label");
            row.add(label);
        }
        if (l.href() != null) {
            Anchor open = new Anchor(l.href(), l.text());
            open.setTarget("_blank");
            open.setRouterIgnore(true);
            row.add(open);
        } else {
            row.add(new Span(l.text()));
        }
        return row;
    }
}
