package cn.zhifa.casefile.ui;

import cn.zhifa.calendar.DeadlineLights;
import cn.zhifa.calendar.StatutoryPeriods;
import cn.zhifa.casefile.CaseClockService;
import cn.zhifa.casefile.CaseExitService;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.CaseFileView;
import cn.zhifa.casefile.EnforcementService;
import cn.zhifa.casefile.ExecutionService;
import cn.zhifa.casefile.LateDecisionService;
import cn.zhifa.casefile.PreservationService;
import cn.zhifa.casefile.RecusalService;
import cn.zhifa.casefile.RemedyService;
import cn.zhifa.casefile.SeizureService;
import cn.zhifa.casefile.ServiceOfDocuments;
import cn.zhifa.casefile.TransferService;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.shared.Messages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.util.Optional;

/**
 * The workspace's execution section (payments, surcharge, deferral, 催告, the court, termination) for screens of other
 * features — the summary case's page shows it for a fine paid later at the bank (decision record 0031). The same
 * section, the same services; nothing of it is copied.
 */
@org.springframework.stereotype.Component
@org.springframework.modulith.NamedInterface("ui")
public class ExecutionPanel {

    private final CaseClockSection.Services services;

    ExecutionPanel(CaseClockService clock, PreservationService preservations, SeizureService seizures,
            RemedyService remedies, OrganizationService organization, StatutoryPeriods periods, DeadlineLights lights,
            Messages messages, Clock today, ServiceOfDocuments serving, CaseFileService cases,
            ExecutionService execution, EnforcementService enforcement, CaseExitService exits, LateDecisionService late,
            RecusalService recusals, TransferService transfers, cn.zhifa.casefile.DecisionExtensions extensions,
            cn.zhifa.casefile.RemedyRedoService redo) {
        this.services = new CaseClockSection.Services(clock, preservations, seizures, remedies, organization, periods,
                lights, messages, today, serving, cases, execution, enforcement, exits, late, recusals, transfers,
                extensions, redo);
    }

    /** The case's execution section with its heading, or empty when the case has no fine to execute. */
    public Optional<Component> of(Actor actor, long caseId, Runnable reload) {
        CaseFileView view = services.cases().view(actor, caseId);
        return services.execution().status(actor, caseId).map(x -> {
            VerticalLayout box = new VerticalLayout();
            box.setPadding(false);
            H3 title = new H3(box.getTranslation("ui.execution.title"));
            title.addClassName("zhifa-section-title");
            box.add(title, new ExecutionSection(services, actor, view, x, reload));
            return box;
        });
    }
}
