package cn.zhifa.casefile;

import cn.zhifa.shared.StoredText;
import cn.zhifa.casefile.internal.CaseRow;
import cn.zhifa.casefile.internal.ExecutionMapper;
import cn.zhifa.organization.Action;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.RequiresPermission;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Limits;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 催告 and the application to the people's court for enforcement (行政强制法 Art. 35, 38, 53–58) for an agency without
 * its own enforcement power: the 催告书 once the payment deadline has passed unpaid, its service (deemed service date
 * rules of {@link ServiceOfDocuments}), the 10 working days after service, the application only once the decision is
 * final and the 催告 period has passed and within 3 months after the remedy windows lapsed, then the court's
 * acceptance and ruling. Every action is a record entry (decision record 0021).
 */
@Service
public class EnforcementService {

    private final ExecutionService execution;
    private final ExecutionMapper mapper;
    private final ServiceOfDocuments serving;
    private final CaseHistory history;

    EnforcementService(ExecutionService execution, ExecutionMapper mapper, ServiceOfDocuments serving,
            CaseHistory history) {
        this.execution = execution;
        this.mapper = mapper;
        this.serving = serving;
        this.history = history;
    }

    /** The 催告书 with its number, issued after the payment deadline passed with the fine unpaid (Art. 35, 54). */
    @RequiresPermission(Action.EXECUTION_RECORD)
    @Transactional
    public ExecutionStatus issueDemand(Actor actor, long caseId, String docNo, String note) {
        CaseRow row = execution.lock(actor, caseId, false);
        ExecutionStatus x = execution.open(row);
        String no = Limits.requiredText(docNo, "docNo", Limits.REF);
        LocalDate today = execution.today();
        if (!today.isAfter(x.paymentDue())) {
            throw DomainException.invalid("execution.demandTooEarly", x.paymentDue());
        }
        if (x.demand() != null && x.demand().servedDate() == null) {
            throw DomainException.invalid("execution.demandNotYetServed");
        }
        if (x.court() != null) {
            throw DomainException.invalid("execution.courtApplied");
        }
        String text = ExecutionService.blankToNull(note);
        mapper.insertAct(caseId, ExecutionActKind.DEMAND, today, no, text, null, null, null, null, null,
                actor.userId(), execution.now());
        history.document(caseId, DocumentKind.DEMAND_NOTICE.code(), DocumentKind.DEMAND_NOTICE.title(), no, row.stage,
                actor.userId());
        history.record(caseId, row.stage, row.stage, "DEMAND_ISSUED", actor.userId(),
                StoredText.of("text.demand.issued", no, x.fineOutstanding(), x.surchargeOutstanding()).and(text));
        return execution.statusOf(row);
    }

    /** Service of the 催告书: the methods' rules and the deemed date of {@link ServiceOfDocuments} (Art. 38). */
    @RequiresPermission(Action.EXECUTION_RECORD)
    @Transactional
    public ExecutionStatus serveDemand(Actor actor, long caseId, ServiceMethod method, LocalDate delivered,
            String reference, String reason) {
        CaseRow row = execution.lock(actor, caseId, false);
        ExecutionStatus x = execution.open(row);
        ExecutionAct demand = x.demand();
        if (demand == null || demand.servedDate() != null) {
            throw DomainException.invalid("execution.noDemandToServe");
        }
        if (delivered == null || delivered.isBefore(demand.actDate()) || delivered.isAfter(execution.today())) {
            throw DomainException.invalid("execution.badServiceDate", demand.actDate());
        }
        ServiceOfDocuments.Served s = serving.serve(caseId, method, delivered, reference, reason);
        if (mapper.served(demand.id(), s.method(), s.delivered(), s.deemed(), s.note()) != 1) {
            throw DomainException.conflict("execution.noDemandToServe");
        }
        ExecutionStatus after = execution.statusOf(row);
        history.record(caseId, row.stage, row.stage, "DEMAND_SERVED", actor.userId(),
                StoredText.of("text.demand.served", demand.docNo(), StoredText.label("ui.method." + method),
                        s.delivered(), s.deemed(), after.demandPeriodEnd()).bracketed(s.note()));
        execution.refresh(caseId);
        return after;
    }

    /**
     * The application to the people's court (Art. 53, 55: signed by the agency's head): only once the decision is
     * final, the 催告书 served and its 10 working days passed, and within 3 months after the remedy windows lapsed.
     */
    @RequiresPermission(Action.EXECUTION_COURT)
    @Transactional
    public ExecutionStatus applyToCourt(Actor actor, long caseId, String court, String docNo, String note) {
        CaseRow row = execution.lock(actor, caseId, true);
        ExecutionStatus x = execution.open(row);
        String where = Limits.requiredText(court, "court", Limits.PLACE);
        String no = Limits.requiredText(docNo, "docNo", Limits.REF);
        LocalDate today = execution.today();
        if (x.court() != null) {
            throw DomainException.invalid("execution.courtApplied");
        }
        if (x.finalOn() == null || today.isBefore(x.finalOn())) {
            throw DomainException.invalid("execution.notFinal", x.remedyWindowsEnd());
        }
        if (x.demandPeriodEnd() == null) {
            throw DomainException.invalid("execution.demandNotServed");
        }
        if (!today.isAfter(x.demandPeriodEnd())) {
            throw DomainException.invalid("execution.demandPeriodRunning", x.demandPeriodEnd());
        }
        if (today.isAfter(x.courtBy())) {
            throw DomainException.invalid("execution.courtWindowLapsed", x.courtBy());
        }
        String text = ExecutionService.blankToNull(note);
        mapper.insertAct(caseId, ExecutionActKind.COURT, today, no, text, null, null, where, null, actor.userId(),
                actor.userId(), execution.now());
        history.document(caseId, DocumentKind.ENFORCEMENT_APPLICATION.code(),
                DocumentKind.ENFORCEMENT_APPLICATION.title(), no, row.stage, actor.userId());
        history.record(caseId, row.stage, row.stage, "COURT_APPLIED", actor.userId(),
                StoredText.of("text.court.applied", where, no, x.fineOutstanding(), x.surchargeOutstanding())
                        .and(text));
        execution.refresh(caseId);
        return execution.statusOf(row);
    }

    /** The court accepted the application (Art. 56: within 5 days) under its case number. */
    @RequiresPermission(Action.EXECUTION_RECORD)
    @Transactional
    public ExecutionStatus courtAccepted(Actor actor, long caseId, LocalDate acceptedOn, String courtCaseNo) {
        CaseRow row = execution.lock(actor, caseId, false);
        ExecutionAct court = execution.open(row).court();
        if (court == null || court.acceptedDate() != null) {
            throw DomainException.invalid("execution.noApplicationToAccept");
        }
        String no = Limits.requiredText(courtCaseNo, "courtCaseNo", Limits.REF);
        if (acceptedOn == null || acceptedOn.isBefore(court.actDate()) || acceptedOn.isAfter(execution.today())) {
            throw DomainException.invalid("execution.badCourtDate", court.actDate());
        }
        mapper.accepted(court.id(), acceptedOn, no);
        history.record(caseId, row.stage, row.stage, "COURT_ACCEPTED", actor.userId(),
                StoredText.of("text.court.accepted", court.court(), acceptedOn, no));
        return execution.statusOf(row);
    }

    /** The court's ruling (准予执行 / 不予执行): execution is then concluded through the court. */
    @RequiresPermission(Action.EXECUTION_RECORD)
    @Transactional
    public ExecutionStatus courtRuled(Actor actor, long caseId, LocalDate ruledOn, CourtRuling ruling, String note) {
        CaseRow row = execution.lock(actor, caseId, false);
        ExecutionAct court = execution.open(row).court();
        if (court == null || court.acceptedDate() == null || court.ruledDate() != null) {
            throw DomainException.invalid("execution.noAcceptedApplication");
        }
        if (ruling == null) {
            throw DomainException.invalid("field.required", "ruling");
        }
        String text = Limits.requiredText(note, "note", Limits.TEXT);
        if (ruledOn == null || ruledOn.isBefore(court.acceptedDate()) || ruledOn.isAfter(execution.today())) {
            throw DomainException.invalid("execution.badCourtDate", court.acceptedDate());
        }
        mapper.ruled(court.id(), ruledOn, ruling, text);
        history.record(caseId, row.stage, row.stage, "COURT_RULED", actor.userId(),
                StoredText.of("text.court.ruled", court.court(), ruledOn, StoredText.label("text.court." + ruling),
                        text));
        execution.refresh(caseId);
        return execution.statusOf(row);
    }
}
