package cn.zhifa.procedure;

import static cn.zhifa.procedure.StepRules.blankToNull;
import static cn.zhifa.procedure.StepRules.checkOutcome;
import static cn.zhifa.procedure.StepRules.required;

import cn.zhifa.casefile.CaseChanges;
import cn.zhifa.casefile.CaseStage;
import cn.zhifa.casefile.DeadlineKind;
import cn.zhifa.casefile.DocumentKind;
import cn.zhifa.casefile.OutcomeType;
import cn.zhifa.casefile.PartyKind;
import cn.zhifa.casefile.StepContext;
import cn.zhifa.casefile.StepPayload.InvestigationReport;
import cn.zhifa.casefile.StepResult;
import cn.zhifa.casefile.ProcedureTasks;
import cn.zhifa.organization.DiscretionBenchmark;
import cn.zhifa.organization.DiscretionBenchmarkService;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.shared.DomainException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * 调查终结报告: the proposed outcome with the discretion reasons, major or for deliberation, and a stated departure
 * from the discretion benchmark.
 */
@Component
class InvestigationReportStep extends OrdinaryStep<InvestigationReport> {

    private final OrganizationService organization;
    private final DiscretionBenchmarkService benchmarks;
    private final Gates gates;

    InvestigationReportStep(OrganizationService organization, DiscretionBenchmarkService benchmarks, Gates gates) {
        super(ProcedureTasks.TASK_INVESTIGATION_REPORT, InvestigationReport.class, CaseStage.INVESTIGATION_REPORT,
                DeadlineKind.DECISION);
        this.organization = organization;
        this.benchmarks = benchmarks;
        this.gates = gates;
    }

    @Override
    public StepResult apply(StepContext<InvestigationReport> ctx) {
        InvestigationReport p = ctx.payload();
        CaseChanges c = ctx.changes();
        organization.requireQualifiedHandlers(ctx.handlerIds(), c.unitId(), ctx.today());
        if (p.proposedOutcome() == null) {
            throw DomainException.invalid("field.required", "proposedOutcome");
        }
        checkOutcome(p.proposedOutcome(), p.fine(), p.confiscation(), p.correctionOrder());
        if (p.proposedOutcome().isPenalty()) {
            required(p.discretionReason(), "discretionReason");
        }
        if (p.major()) {
            required(p.majorReason(), "majorReason");
        }
        c.proposedOutcome(p.proposedOutcome()).proposedFine(p.fine()).proposedConfiscation(p.confiscation())
                .correctionOrder(blankToNull(p.correctionOrder())).discretionReason(blankToNull(p.discretionReason()));
        // a handler may mark a case major or for deliberation, never unmark what a reviewer or head has added
        if (p.major()) {
            c.major(true).majorReason(p.majorReason().trim());
        }
        if (p.deliberation()) {
            c.deliberationRequired(true).deliberationReferred(true);
        }
        // 国办发〔2022〕27号 §十二: a fine outside every tier of the item's published benchmark is a departure, which
        // the handler must state with reasons (it then goes to the principal head or collective discussion)
        // the item's tiers for the party's kind, read once for both checks
        List<DiscretionBenchmark> tiers = c.itemId() == null ? List.of()
                : benchmarks.applicable(c.itemId(), ctx.partyKinds().contains(PartyKind.ORGANIZATION));
        if (!p.benchmarkDeparture() && p.proposedOutcome() == OutcomeType.FINE
                && DiscretionBenchmark.departs(tiers, p.fine())) {
            throw DomainException.invalid("report.benchmarkDepartureUnstated", p.fine().toPlainString());
        }
        BenchmarkChoice.apply(tiers, c, p);
        c.benchmarkDepartureReason(p.benchmarkDeparture()
                ? required(p.benchmarkDepartureReason(), "benchmarkDepartureReason") : null);
        c.benchmarkDeparture(p.benchmarkDeparture()).legalReviewPassed(false);
        return new StepResult().document(DocumentKind.INVESTIGATION_REPORT)
                .done("INVESTIGATION_REPORTED", gates.outcome(p.proposedOutcome(), p.fine()));
    }
}
