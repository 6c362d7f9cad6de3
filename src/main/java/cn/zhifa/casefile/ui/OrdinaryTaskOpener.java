package cn.zhifa.casefile.ui;

import cn.zhifa.casefile.Step;
import cn.zhifa.casefile.StepCatalogue;
import cn.zhifa.tasks.InboxTask;
import java.util.Comparator;
import java.util.List;
import cn.zhifa.tasks.ui.TaskOpener;
import com.vaadin.flow.component.Component;

/** The inbox opens an ordinary-procedure task in its step form and links its case workspace. */
@org.springframework.stereotype.Component
class OrdinaryTaskOpener implements TaskOpener {

    private final StepCatalogue catalogue;

    OrdinaryTaskOpener(StepCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public boolean serves(String procedureType) {
        return InboxTask.PROCEDURE_ORDINARY.equals(procedureType);
    }

    @Override
    public Component caseLink(InboxTask task, String text) {
        return CaseFileNavigation.caseLink(text, task.caseId());
    }

    @Override
    public void open(InboxTask task) {
        CaseFileNavigation.toTask(task.taskId());
    }

    /** The procedure's steps in the order of their stages. */
    @Override
    public List<String> taskKeys() {
        return catalogue.steps().stream()
                .sorted(Comparator.comparing((Step<?> s) -> s.stage()).thenComparing(Step::taskKey))
                .map(Step::taskKey).toList();
    }
}
