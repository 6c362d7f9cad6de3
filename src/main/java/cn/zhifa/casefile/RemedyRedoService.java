package cn.zhifa.casefile;

import cn.zhifa.shared.StoredText;
import cn.zhifa.calendar.Period;
import cn.zhifa.calendar.StatutoryPeriods;
import cn.zhifa.calendar.WorkingDayCalendar;
import cn.zhifa.casefile.internal.CaseFileMapper;
import cn.zhifa.casefile.internal.CaseRow;
import cn.zhifa.casefile.internal.DocumentRow;
import cn.zhifa.casefile.internal.RemedyMapper;
import cn.zhifa.casefile.process.CaseClockProcess;
import cn.zhifa.casefile.process.OrdinaryProcedure;
import cn.zhifa.casefile.process.OrdinaryProcedureEngine;
import cn.zhifa.organization.Action;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.RequiresPermission;
import cn.zhifa.shared.DomainException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 撤销并责令重新作出 (行政复议法 Art. 64; 行政诉讼法 Art. 70): the reconsideration body or the court revoked the decision
 * and ordered the agency to decide anew. A head records the day the agency received that decision or judgment and the
 * period it set; the same case goes back to 调查取证 — the new decision may not rest on the same facts and reasons
 * (行政诉讼法 Art. 71), so the facts are established again and the notice, the party's statement, the legal review and
 * the deliberation run again before the head decides, under a new document number. The revoked decision stays on the
 * file (its document, its record entries, its remedies); what was owed under it ended with the revocation (0027). A
 * case still running in the engine is moved back; an archived one gets a new instance of the procedure started at
 * 调查取证. The new decision's period is on the case's deadlines (REDECISION). Decision record 0029.
 */
@Service
public class RemedyRedoService {

    /** Where a decided case can be when its decision is revoked (TRANSFERRED / TERMINATED cases have no penalty). */
    private static final Set<CaseStage> AFTER_DECISION = EnumSet.of(CaseStage.SERVICE, CaseStage.EXECUTION,
            CaseStage.CLOSING, CaseStage.ARCHIVED);

    private final CaseFileMapper cases;
    private final RemedyMapper remedies;
    private final OrdinaryProcedureEngine engine;
    private final CaseClockProcess clockProcess;
    private final CaseClockService caseClock;
    private final CaseHistory history;
    private final WorkingDayCalendar calendar;
    private final StatutoryPeriods periods;
    private final Clock clock;

    RemedyRedoService(CaseFileMapper cases, RemedyMapper remedies, OrdinaryProcedureEngine engine,
            CaseClockProcess clockProcess, CaseClockService caseClock, CaseHistory history,
            WorkingDayCalendar calendar, StatutoryPeriods periods, Clock clock) {
        this.cases = cases;
        this.remedies = remedies;
        this.engine = engine;
        this.clockProcess = clockProcess;
        this.caseClock = caseClock;
        this.history = history;
        this.calendar = calendar;
        this.periods = periods;
        this.clock = clock;
    }

    /**
     * The revoking remedy {@code remedyId} ordered a new decision; the agency received the order on {@code receivedOn}
     * and the body set {@code days} (calendar days from receipt; null: it set none, the period of 行政处罚法 Art. 60
     * runs anew). By a head; once per remedy; only on a remedy against the case's current decision that ended REVOKED.
     */
    @RequiresPermission(Action.REMEDY_REDO)
    @Transactional
    public CaseFile orderRedo(Actor actor, long caseId, long remedyId, LocalDate receivedOn, Integer days) {
        CaseRow row = CaseScope.workable(actor, cases.findCaseForUpdate(caseId), caseId);
        if (!actor.isHead()) {
            throw DomainException.forbidden("remedy.redoHeadsOnly");
        }
        List<Remedy> all = remedies.ofCase(caseId);
        Remedy remedy = all.stream().filter(r -> r.id() == remedyId).findFirst()
                .orElseThrow(() -> DomainException.notFound("remedy.notFound", remedyId));
        if (remedy.redoOrdered()) {
            throw DomainException.conflict("remedy.redoAlreadyOrdered", remedy.redoReceivedOn());
        }
        if (remedy.outcome() != RemedyOutcome.REVOKED) {
            throw DomainException.invalid("remedy.redoNotRevoked");
        }
        if (row.decidedDate == null || !Redo.current(all).contains(remedy) || !AFTER_DECISION.contains(row.stage)) {
            throw DomainException.invalid("remedy.redoNotCurrent");
        }
        if (receivedOn == null) {
            throw DomainException.invalid("field.required", "receivedOn");
        }
        if (receivedOn.isBefore(remedy.endedOn()) || receivedOn.isAfter(LocalDate.now(clock))) {
            throw DomainException.invalid("remedy.badRedoReceivedOn", remedy.endedOn());
        }
        if (days != null && (days < 1 || days > 366)) {
            throw DomainException.invalid("remedy.badRedoDays");
        }
        if (remedies.orderRedo(remedyId, receivedOn, days, actor.userId(), LocalDateTime.now(clock)) != 1) {
            throw DomainException.conflict("remedy.redoAlreadyOrdered", receivedOn);
        }
        CaseStage from = row.stage;
        String revokedNo = cases.findDocuments(caseId).stream().filter(d -> "DECISION".equals(d.docType))
                .map(d -> d.docNo).reduce((a, b) -> b).orElse("—");
        String pid = engine.reopenAt(caseId, row.unitId, row.processInstanceId, OrdinaryProcedure.TASK_INVESTIGATE);
        reopen(row, pid);
        if (cases.updateCase(row) != 1) {
            throw DomainException.conflict("case.concurrentChange");
        }
        if (!clockProcess.running(row.clockProcessId)) {
            caseClock.restartClock(row); // the clock of an archived case has ended: the new decision's period needs one
        }
        LocalDate due = days != null ? calendar.due(receivedOn, Period.days(days)).date()
                : periods.dueFrom(receivedOn, cn.zhifa.calendar.StatutoryPeriod.REDECISION).date();
        history.record(caseId, from, row.stage, "REMEDY_REDO_ORDERED", actor.userId(),
                StoredText.of("text.remedy.redo", StoredText.label("ui.remedy.kind.", remedy.kind()), remedy.body(),
                        revokedNo, receivedOn, days != null ? StoredText.of("text.remedy.redoDays", days)
                                : StoredText.label("text.remedy.redoStatutory"), due),
                java.util.Map.of("remedyId", remedyId, "revokedDocNo", revokedNo, "redecisionDue", due.toString(),
                        "processInstanceId", pid));
        caseClock.refresh(caseId);
        return CaseFileService.toCase(cases.findCase(caseId));
    }

    /**
     * The case as it stands before a new decision: back at 调查取证, the revoked decision and what followed it off the
     * case's current fields (they stay in its record and documents), and the notice, statement, legal review and
     * deliberation to be done again for the new proposal.
     */
    private static void reopen(CaseRow row, String processInstanceId) {
        row.processInstanceId = processInstanceId;
        row.stage = CaseStage.INVESTIGATION;
        row.decidedOutcome = null;
        row.decidedFine = null;
        row.decidedConfiscation = null;
        row.decidedBy = null;
        row.decidedDate = null;
        row.educationRecord = null;
        row.decisionOpinion = null;
        row.servedDate = null;
        row.serviceMethod = null;
        row.serviceDeliveredDate = null;
        row.serviceNote = null;
        row.paidAmount = null;
        row.paidDate = null;
        row.executionNote = null;
        row.executedDate = null;
        row.closingSummary = null;
        row.closedDate = null;
        row.archivedAt = null;
        row.noticeServedDate = null;
        row.noticeMethod = null;
        row.noticeDeliveredDate = null;
        row.noticeServiceNote = null;
        row.notifiedFine = null;
        row.statementWaived = null;
        row.statementSummary = null;
        row.legalReviewPassed = false;
        row.legalReviewOpinion = null;
        row.deliberationResolution = null;
    }
}
