package cn.zhifa.casefile;

import static cn.zhifa.casefile.CaseFileService.blankToNull;

import cn.zhifa.casefile.StepPayload.AdvanceNotice;
import cn.zhifa.casefile.StepPayload.ApproveFiling;
import cn.zhifa.casefile.StepPayload.CaseReview;
import cn.zhifa.casefile.StepPayload.ClosingApproval;
import cn.zhifa.casefile.StepPayload.CorrectDocuments;
import cn.zhifa.casefile.StepPayload.HoldHearing;
import cn.zhifa.casefile.StepPayload.ScheduleHearing;
import cn.zhifa.casefile.StepPayload.Decision;
import cn.zhifa.casefile.StepPayload.Deliberation;
import cn.zhifa.casefile.StepPayload.DocumentInput;
import cn.zhifa.casefile.StepPayload.Execution;
import cn.zhifa.casefile.StepPayload.Investigate;
import cn.zhifa.casefile.StepPayload.InvestigationReport;
import cn.zhifa.casefile.StepPayload.LegalReview;
import cn.zhifa.casefile.StepPayload.Service;
import cn.zhifa.casefile.StepPayload.StatementDefence;
import cn.zhifa.casefile.StepPayload.VerifyLead;
import cn.zhifa.casefile.internal.CaseFileMapper;
import cn.zhifa.casefile.internal.CaseRow;
import cn.zhifa.casefile.internal.ClockMapper;
import cn.zhifa.casefile.internal.HandlerRow;
import cn.zhifa.casefile.process.OrdinaryProcedure;
import cn.zhifa.casefile.process.OrdinaryProcedureEngine;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.DiscretionBenchmarkService;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.Role;
import cn.zhifa.review.CaseFacts;
import cn.zhifa.review.LegalReviewService;
import cn.zhifa.review.Requirement;
import cn.zhifa.review.RequirementKind;
import cn.zhifa.review.ReviewViews;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.tasks.InboxService;
import cn.zhifa.tasks.TaskRef;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completes the steps of the ordinary procedure. Each step is one transaction: the rules are checked, the case is
 * written, the engine task is completed and the stage history is appended — or nothing happens at all. The UI,
 * the REST API and the tests all come through here.
 */
@org.springframework.stereotype.Service
public class CaseWorkflowService {

    private final CaseFileService cases;
    private final CaseFileMapper mapper;
    private final InboxService inbox;
    private final OrdinaryProcedureEngine engine;
    private final OrganizationService organization;
    private final CaseClockService caseClock;
    private final Messages messages;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final StepGuards guards;
    private final LegalReviewService reviews;
    private final ClockMapper clockMapper;
    private final CollectiveDeliberation deliberation;
    private final DiscretionBenchmarkService benchmarks;

    public CaseWorkflowService(CaseFileService cases, CaseFileMapper mapper, InboxService inbox,
            OrdinaryProcedureEngine engine, OrganizationService organization, CaseClockService caseClock,
            Messages messages, Clock clock, ApplicationEventPublisher events, StepGuards guards,
            LegalReviewService reviews, ClockMapper clockMapper,
            CollectiveDeliberation deliberation, DiscretionBenchmarkService benchmarks) {
        this.cases = cases;
        this.mapper = mapper;
        this.inbox = inbox;
        this.engine = engine;
        this.organization = organization;
        this.caseClock = caseClock;
        this.messages = messages;
        this.clock = clock;
        this.events = events;
        this.guards = guards;
        this.reviews = reviews;
        this.clockMapper = clockMapper;
        this.deliberation = deliberation;
        this.benchmarks = benchmarks;
    }

    /** What a step did, for the history. */
    private record Outcome(String action, String comment) {
    }

    @Transactional
    public CaseFile complete(Actor actor, String taskId, StepPayload payload) {
        if (payload == null) {
            throw DomainException.invalid("field.required", "payload");
        }
        TaskRef task = inbox.ref(taskId);
        CaseRow row = CaseScope.workable(actor, mapper.findCaseForUpdate(task.caseId()), task.caseId());
        if (row.stage.isTerminal()) {
            throw DomainException.invalid("case.readOnly", row.caseNo);
        }
        Class<? extends StepPayload> expected = OrdinaryProcedure.PAYLOAD_OF_TASK.get(task.taskKey());
        if (expected == null || !expected.isInstance(payload)) {
            throw DomainException.invalid("task.wrongPayload", expected == null ? "?" : expected.getSimpleName());
        }
        inbox.lockForCompletion(actor, taskId);
        guards.check(actor, CaseFileService.toCase(row), task.taskKey(), payload);
        CaseStage from = row.stage;
        CaseFile before = CaseFileService.toCase(row);
        Map<String, Object> vars = new HashMap<>();
        Outcome done = apply(actor, row, payload, vars, task);
        if (mapper.updateCase(row) != 1) {
            throw DomainException.conflict("case.concurrentChange");
        }
        try {
            engine.complete(taskId, vars);
        } catch (OptimisticLockingException e) {
            throw DomainException.conflict("task.goneOrDone", taskId);
        }
        // the stage follows the process: the open step's stage, or what the step (or the archive delegate) set
        List<TaskRef> open = inbox.openRefsOfCase(row.id);
        CaseStage to = open.stream().map(t -> OrdinaryProcedure.STAGE_OF_TASK.get(t.taskKey()))
                .filter(java.util.Objects::nonNull).findFirst().orElseGet(() -> mapper.stageOf(row.id));
        if (to != row.stage) {
            mapper.updateStage(row.id, to);
        }
        CaseRow after = mapper.findCase(row.id);
        // the step's entry is the task's completion and names every field of the case it changed (before → after)
        cases.history(row.id, from, to, done.action(), actor.userId(), done.comment(),
                CaseDiff.step(taskId, task.taskKey(), before, CaseFileService.toCase(after)));
        caseClock.refresh(after, open);
        return CaseFileService.toCase(after);
    }

    private Outcome apply(Actor actor, CaseRow row, StepPayload payload, Map<String, Object> vars, TaskRef task) {
        if (payload instanceof VerifyLead p) {
            return verify(actor, row, p);
        } else if (payload instanceof ApproveFiling p) {
            return approveFiling(actor, row, p, vars);
        } else if (payload instanceof Investigate p) {
            return investigate(actor, row, p);
        } else if (payload instanceof InvestigationReport p) {
            return report(actor, row, p);
        } else if (payload instanceof CaseReview p) {
            return review(actor, row, p, vars);
        } else if (payload instanceof LegalReview p) {
            return legalReview(actor, row, p, vars, task);
        } else if (payload instanceof CorrectDocuments p) {
            return correctDocuments(actor, row, p);
        } else if (payload instanceof ScheduleHearing p) {
            return scheduleHearing(actor, row, p);
        } else if (payload instanceof HoldHearing p) {
            return holdHearing(actor, row, p, vars);
        } else if (payload instanceof AdvanceNotice p) {
            return notice(actor, row, p);
        } else if (payload instanceof StatementDefence p) {
            return statement(actor, row, p, vars);
        } else if (payload instanceof Deliberation p) {
            return deliberate(actor, row, p);
        } else if (payload instanceof Decision p) {
            return decide(actor, row, p, vars);
        } else if (payload instanceof Service p) {
            return serve(actor, row, p);
        } else if (payload instanceof Execution p) {
            return execute(actor, row, p);
        } else if (payload instanceof ClosingApproval p) {
            return close(actor, row, p, vars);
        }
        throw DomainException.invalid("task.wrongPayload", payload.getClass().getSimpleName());
    }

    // ---- 线索核查 ---------------------------------------------------------------------------------------------

    private Outcome verify(Actor actor, CaseRow row, VerifyLead p) {
        String opinion = required(p.opinion(), "opinion");
        if (!p.recommendFiling()) {
            mapper.deleteHandlers(row.id);
            return new Outcome("VERIFIED_NOT_TO_FILE", opinion);
        }
        if (p.itemId() == null) {
            throw DomainException.invalid("field.required", "itemId");
        }
        if (!organization.item(p.itemId()).active()) {
            throw DomainException.invalid("item.inactive");
        }
        LocalDate today = today();
        if (p.actDate() != null && p.actDate().isAfter(today)) {
            throw DomainException.invalid("date.inFuture", "actDate");
        }
        List<Long> handlers = p.handlerIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(p.handlerIds()));
        organization.requireQualifiedHandlers(handlers, row.unitId, today);
        row.itemId = p.itemId();
        if (p.actDate() != null) {
            row.actDate = p.actDate();
        }
        mapper.deleteHandlers(row.id);
        for (int i = 0; i < handlers.size(); i++) {
            mapper.insertHandler(row.id, handlers.get(i), i == 0 ? "LEAD" : "ASSIST");
        }
        cases.addDocument(row.id, "FILING_APPROVAL_FORM", "立案审批表", null, row.stage, actor.userId());
        return new Outcome("VERIFIED_TO_FILE", opinion);
    }

    // ---- 立案审批 ---------------------------------------------------------------------------------------------

    private Outcome approveFiling(Actor actor, CaseRow row, ApproveFiling p, Map<String, Object> vars) {
        requireHead(actor);
        requireNotHandler(actor, row, "filing.approverIsHandler");
        LocalDate today = today();
        if (!p.approve()) {
            String reason = required(p.reason(), "reason");
            row.notFiledReason = reason;
            row.stage = CaseStage.NOT_FILED;
            row.closedDate = today;
            vars.put(OrdinaryProcedure.VAR_FILING_APPROVED, false);
            cases.addDocument(row.id, "NOT_FILED_DECISION", "不予立案审批表", null, CaseStage.FILING_APPROVAL,
                    actor.userId());
            return new Outcome("NOT_FILED", reason);
        }
        List<Long> handlers = handlerIds(row);
        if (handlers.isEmpty() || row.itemId == null) {
            throw DomainException.invalid("filing.notRecommended");
        }
        organization.requireQualifiedHandlers(handlers, row.unitId, today);
        cases.assignCaseNumber(row, today);
        row.filedDate = today;
        vars.put(OrdinaryProcedure.VAR_FILING_APPROVED, true);
        return new Outcome("FILED", blankToNull(p.reason()) == null ? row.caseNo : row.caseNo + " " + p.reason());
    }

    // ---- 调查取证 / 调查终结 -----------------------------------------------------------------------------------

    private Outcome investigate(Actor actor, CaseRow row, Investigate p) {
        organization.requireQualifiedHandlers(handlerIds(row), row.unitId, today());
        row.facts = required(p.facts(), "facts");
        if (row.facts.length() > 4000) {
            throw DomainException.invalid("field.tooLong", "facts", 4000);
        }
        List<DocumentInput> docs = documents(p.documents());
        if (docs.isEmpty() && mapper.countDocuments(row.id, "INVESTIGATION_RECORD") == 0) {
            throw DomainException.invalid("investigation.noRecord");
        }
        addDocuments(actor, row, docs);
        return new Outcome("INVESTIGATED", null);
    }

    private Outcome report(Actor actor, CaseRow row, InvestigationReport p) {
        organization.requireQualifiedHandlers(handlerIds(row), row.unitId, today());
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
        row.proposedOutcome = p.proposedOutcome();
        row.proposedFine = p.fine();
        row.proposedConfiscation = p.confiscation();
        row.correctionOrder = blankToNull(p.correctionOrder());
        row.discretionReason = blankToNull(p.discretionReason());
        // a handler may mark a case major or for deliberation, never unmark what a reviewer or head has added
        row.major = row.major || p.major();
        if (p.major()) {
            row.majorReason = p.majorReason().trim();
        }
        row.deliberationRequired = row.deliberationRequired || p.deliberation();
        row.deliberationReferred = row.deliberationReferred || p.deliberation();
        // 国办发〔2022〕27号 §十二: a fine outside every tier of the item's published benchmark is a departure, which
        // the handler must state with reasons (it then goes to the principal head or collective discussion)
        if (!p.benchmarkDeparture() && p.proposedOutcome() == OutcomeType.FINE && row.itemId != null
                && benchmarks.departs(row.itemId, mapper.findParties(row.id).stream()
                        .anyMatch(pr -> pr.kind == PartyKind.ORGANIZATION), p.fine())) {
            throw DomainException.invalid("report.benchmarkDepartureUnstated", p.fine().toPlainString());
        }
        if (p.benchmarkDeparture()) {
            row.benchmarkDepartureReason = required(p.benchmarkDepartureReason(), "benchmarkDepartureReason");
        } else {
            row.benchmarkDepartureReason = null;
        }
        row.benchmarkDeparture = p.benchmarkDeparture();
        row.legalReviewPassed = false;
        cases.addDocument(row.id, "INVESTIGATION_REPORT", "案件调查终结报告", null, row.stage, actor.userId());
        return new Outcome("INVESTIGATION_REPORTED", describe(p.proposedOutcome(), p.fine()));
    }

    // ---- 案件审核 / 法制审核 -----------------------------------------------------------------------------------

    private Outcome review(Actor actor, CaseRow row, CaseReview p, Map<String, Object> vars) {
        if (!(actor.has(Role.TEAM_LEADER) || actor.isHead())) {
            throw DomainException.forbidden("task.notCandidate");
        }
        requireNotHandler(actor, row, "review.reviewerIsHandler");
        if (!p.approve()) {
            String opinion = required(p.opinion(), "opinion");
            vars.put(OrdinaryProcedure.VAR_REVIEW_APPROVED, false);
            return new Outcome("REVIEW_RETURNED", opinion);
        }
        if (p.markMajor() && !row.major) {
            row.major = true;
            row.majorReason = required(p.opinion(), "opinion");
        }
        row.deliberationRequired = row.deliberationRequired || p.markDeliberation();
        row.deliberationReferred = row.deliberationReferred || p.markDeliberation();
        vars.put(OrdinaryProcedure.VAR_REVIEW_APPROVED, true);
        // a new advance notice only when none was served yet or the proposal became heavier than notified (Art. 45
        // protects the party against a heavier penalty; a lighter or equal proposal was already heard)
        ReviewViews.Notice notified = reviews.latestNotice(row.id).orElse(null);
        boolean noticeRequired = row.noticeServedDate == null || notified == null
                || LegalReviewService.heavierThan(row.proposedOutcome, row.proposedFine, row.proposedConfiscation,
                        notified);
        vars.put(OrdinaryProcedure.VAR_NOTICE_REQUIRED, noticeRequired);
        if (!noticeRequired) {
            gates(row, vars);
        }
        cases.addDocument(row.id, "CASE_REVIEW_FORM", "案件审核表", null, row.stage, actor.userId());
        return new Outcome("REVIEW_APPROVED", blankToNull(p.opinion()));
    }

    private Outcome legalReview(Actor actor, CaseRow row, LegalReview p, Map<String, Object> vars, TaskRef task) {
        reviews.requireEligibleReviewer(actor, row.id, handlerIds(row));
        LegalReviewService.checkChecklist(p.outcome(), p.checklist());
        String opinion = required(p.opinion(), "opinion");
        LocalDate started = inbox.task(task.taskId()).createdAt().toLocalDate();
        ReviewViews.Round round = reviews.recordRound(row.id, actor.userId(), p.outcome(), opinion, started,
                p.checklist());
        row.legalReviewOpinion = opinion;
        row.legalReviewPassed = p.outcome() == ReviewOutcome.AGREE;
        vars.put(OrdinaryProcedure.VAR_LEGAL_REVIEW_OUTCOME, p.outcome().name());
        if (p.outcome() == ReviewOutcome.AGREE || p.outcome() == ReviewOutcome.TRANSFER) {
            gates(row, vars);
        }
        cases.addDocument(row.id, "LEGAL_REVIEW_OPINION", "重大执法决定法制审核意见书（第" + round.roundNo() + "轮）",
                null, row.stage, actor.userId());
        return new Outcome("LEGAL_REVIEW_" + p.outcome().name(), opinion);
    }

    private Outcome correctDocuments(Actor actor, CaseRow row, CorrectDocuments p) {
        organization.requireQualifiedHandlers(handlerIds(row), row.unitId, today());
        String what = required(p.correction(), "correction");
        addDocuments(actor, row, documents(p.documents()));
        return new Outcome("DOCUMENTS_CORRECTED", what);
    }

    /** The documents entered with a step, each with a type and a title (checked before anything is written). */
    private static List<DocumentInput> documents(List<DocumentInput> entered) {
        List<DocumentInput> docs = entered == null ? List.of() : entered;
        for (DocumentInput d : docs) {
            if (d == null || d.docType() == null || d.docType().isBlank() || d.title() == null
                    || d.title().isBlank()) {
                throw DomainException.invalid("document.incomplete");
            }
        }
        return docs;
    }

    private void addDocuments(Actor actor, CaseRow row, List<DocumentInput> docs) {
        for (DocumentInput d : docs) {
            cases.addDocument(row.id, d.docType().trim(), d.title().trim(), null, row.stage, actor.userId());
        }
    }

    /**
     * Evaluates whether legal review and deliberation are required (catalogue, hearing, triggers), stores the
     * reasons on the case and sets the gateway variables. Requirements only ever add: deliberation once required
     * stays required.
     */
    private List<Requirement> gates(CaseRow row, Map<String, Object> vars) {
        List<Requirement> reqs = reviews.evaluate(row.id, facts(row));
        boolean review = reqs.stream().anyMatch(r -> r.kind() == RequirementKind.REVIEW);
        if (reqs.stream().anyMatch(r -> r.kind() == RequirementKind.DELIBERATION)) {
            row.deliberationRequired = true;
        }
        vars.put(OrdinaryProcedure.VAR_LEGAL_REVIEW_REQUIRED, review && !row.legalReviewPassed);
        vars.put(OrdinaryProcedure.VAR_DELIBERATION_REQUIRED, row.deliberationRequired);
        return reqs;
    }

    private CaseFacts facts(CaseRow row) {
        java.util.Set<PartyKind> kinds = java.util.EnumSet.noneOf(PartyKind.class);
        mapper.findParties(row.id).forEach(pr -> kinds.add(pr.kind));
        boolean secondExtension = clockMapper.events(row.id).stream()
                .anyMatch(e -> e.kind() == ClockEventKind.EXTENSION_COLLECTIVE);
        return new CaseFacts(row.proposedOutcome, row.proposedFine, row.proposedConfiscation, kinds, row.itemId,
                reviews.hearingHeld(row.id), row.major, row.majorReason, row.deliberationReferred,
                row.benchmarkDeparture, row.benchmarkDepartureReason, reviews.hadDisagreement(row.id),
                secondExtension);
    }

    // ---- 事先告知 / 陈述申辩 / 集体讨论 --------------------------------------------------------------------------

    private Outcome notice(Actor actor, CaseRow row, AdvanceNotice p) {
        if (p.method() == null) {
            throw DomainException.invalid("field.required", "method");
        }
        LocalDate served = pastOrToday(p.servedDate(), "servedDate");
        if (row.filedDate != null && served.isBefore(row.filedDate)) {
            throw DomainException.invalid("date.beforeFiling", "servedDate");
        }
        if (row.proposedOutcome == null) {
            throw DomainException.invalid("notice.noProposal");
        }
        row.noticeServedDate = served;
        row.noticeMethod = p.method();
        row.notifiedFine = row.proposedFine;
        row.statementWaived = null;
        row.statementSummary = null;
        // the notice states the proposed penalty, facts, reasons, basis and the rights (hearing when eligible)
        List<Requirement> hearing = reviews.hearingEligibility(facts(row));
        String basis = blankToNull(p.basis());
        if (basis == null && row.itemId != null) {
            var item = organization.item(row.itemId);
            basis = item.violationBasis() + "；" + item.penaltyBasis();
        }
        String reasons = blankToNull(p.reasons()) != null ? p.reasons().trim() : row.discretionReason;
        reviews.recordNotice(row.id, actor.userId(), new ReviewViews.Notice(served, row.proposedOutcome,
                row.proposedFine, row.proposedConfiscation, row.facts, reasons, basis, !hearing.isEmpty(),
                hearing.isEmpty() ? null : String.join("；", hearing.stream().map(Requirement::reason).toList())));
        cases.addDocument(row.id, "ADVANCE_NOTICE", "行政处罚事先告知书", docNo(row, "告字"), row.stage, actor.userId());
        return new Outcome("NOTICE_SERVED", served.toString());
    }

    private Outcome statement(Actor actor, CaseRow row, StatementDefence p, Map<String, Object> vars) {
        String action;
        vars.put(OrdinaryProcedure.VAR_HEARING_REQUESTED, p.hearingRequested());
        if (p.hearingRequested()) {
            ReviewViews.Notice notified = reviews.latestNotice(row.id)
                    .orElseThrow(() -> DomainException.invalid("decision.noNotice"));
            if (!notified.hearingEligible()) {
                throw DomainException.invalid("hearing.notEligible");
            }
            LocalDate last = reviews.hearingRequestDeadline(row.noticeServedDate);
            if (today().isAfter(last)) {
                throw DomainException.invalid("hearing.requestTooLate", last);
            }
            if (p.waived()) {
                throw DomainException.invalid("hearing.waivedAndRequested");
            }
            reviews.requestHearing(row.id, today());
            row.statementWaived = null;
            row.statementSummary = blankToNull(p.statement());
            cases.addDocument(row.id, "HEARING_REQUEST", "听证申请书", null, row.stage, actor.userId());
            return new Outcome("HEARING_REQUESTED", row.statementSummary);
        }
        if (p.waived()) {
            row.statementWaived = true;
            row.statementSummary = blankToNull(p.statement());
            cases.addDocument(row.id, "STATEMENT_WAIVER", "放弃陈述申辩声明", null, row.stage, actor.userId());
            action = "STATEMENT_WAIVED";
        } else if (blankToNull(p.statement()) == null) {
            // silence: deemed a waiver only once the statement window has run out (住建部令55 Art. 22)
            CaseDeadline window = caseClock.compute(row, List.of()).stream()
                    .filter(d -> d.kind() == DeadlineKind.STATEMENT).findFirst().orElseThrow();
            if (!today().isAfter(window.due())) {
                throw DomainException.invalid("statement.windowOpen", window.due());
            }
            row.statementWaived = true;
            row.statementSummary = null;
            action = "STATEMENT_WINDOW_LAPSED";
        } else {
            row.statementWaived = false;
            row.statementSummary = required(p.statement(), "statement");
            row.reviewOpinion = required(p.reviewOpinion(), "reviewOpinion");
            cases.addDocument(row.id, "STATEMENT_RECORD", "陈述申辩笔录", null, row.stage, actor.userId());
            cases.addDocument(row.id, "STATEMENT_REVIEW", "陈述申辩复核意见书", null, row.stage, actor.userId());
            action = "STATEMENT_RECORDED";
        }
        gates(row, vars);
        return new Outcome(action, row.statementSummary);
    }

    // ---- 听证 ----------------------------------------------------------------------------------------------------

    private Outcome scheduleHearing(Actor actor, CaseRow row, ScheduleHearing p) {
        requireHead(actor);
        if (p.presidingId() == null) {
            throw DomainException.invalid("field.required", "presidingId");
        }
        if (handlerIds(row).contains(p.presidingId())) {
            // 行政处罚法 Art. 64(4): presided by a non-investigator of the case
            throw DomainException.invalid("hearing.presidingIsInvestigator");
        }
        var presiding = organization.user(p.presidingId());
        if (presiding.unitId() != row.unitId || !presiding.enabled()) {
            throw DomainException.invalid("hearing.presidingNotInUnit");
        }
        List<String> agents = p.agents() == null ? List.of()
                : p.agents().stream().filter(a -> a != null && !a.isBlank()).map(String::trim).toList();
        if (agents.size() > 2) {
            // Art. 64(5): one or two agents
            throw DomainException.invalid("hearing.tooManyAgents");
        }
        String place = required(p.place(), "place");
        LocalDate noticeServed = pastOrToday(p.noticeServedDate(), "noticeServedDate");
        if (p.hearingDate() == null) {
            throw DomainException.invalid("field.required", "hearingDate");
        }
        LocalDate earliest = reviews.earliestHearingDate(noticeServed);
        if (p.hearingDate().isBefore(earliest)) {
            // Art. 64(2): the party is told the time and place 7 (working) days before
            throw DomainException.invalid("hearing.noticeTooLate", earliest);
        }
        reviews.scheduleHearing(row.id, p.presidingId(), p.hearingDate(), place, noticeServed, agents);
        // the hearing period is not counted in the decision period: pause from the request until the hearing ends
        var hearing = reviews.latestHearing(row.id).orElseThrow();
        if (clockMapper.events(row.id).stream().noneMatch(e -> e.isPause() && e.end() == null)) {
            clockMapper.insertEvent(row.id, ClockEventKind.PAUSE_HEARING, hearing.requestedOn(), null, null,
                    "听证", actor.userId(), actor.userId(), java.time.LocalDateTime.now(clock));
        }
        cases.addDocument(row.id, "HEARING_NOTICE", "听证通知书", null, row.stage, actor.userId());
        return new Outcome("HEARING_SCHEDULED", p.hearingDate() + " " + place + " " + presiding.displayName());
    }

    private Outcome holdHearing(Actor actor, CaseRow row, HoldHearing p, Map<String, Object> vars) {
        var hearing = reviews.latestHearing(row.id).orElseThrow();
        if (hearing.hearingDate() == null || today().isBefore(hearing.hearingDate())) {
            throw DomainException.invalid("hearing.notYet", hearing.hearingDate());
        }
        String action;
        if (p.partyAppeared()) {
            String transcript = required(p.transcript(), "transcript");
            String attendance = required(p.attendance(), "attendance");
            row.statementWaived = false;
            row.statementSummary = transcript;
            row.reviewOpinion = required(p.reviewOpinion(), "reviewOpinion");
            reviews.holdHearing(row.id, true, transcript, attendance);
            cases.addDocument(row.id, "HEARING_TRANSCRIPT", "听证笔录", null, row.stage, actor.userId());
            cases.addDocument(row.id, "STATEMENT_REVIEW", "陈述申辩复核意见书", null, row.stage, actor.userId());
            action = "HEARING_HELD";
        } else {
            // Art. 64(8): absence without a justified reason = waiver of the hearing, the hearing is terminated
            String note = required(p.attendance(), "attendance");
            row.statementWaived = true;
            reviews.holdHearing(row.id, false, blankToNull(p.transcript()), note);
            cases.addDocument(row.id, "HEARING_TERMINATION", "听证终止记录（当事人无正当理由缺席）", null, row.stage,
                    actor.userId());
            action = "HEARING_ABSENT";
        }
        LocalDate end = today();
        clockMapper.events(row.id).stream().filter(e -> e.kind() == ClockEventKind.PAUSE_HEARING && e.end() == null)
                .findFirst().ifPresent(e -> clockMapper.closePause(e.id(), end));
        gates(row, vars);
        return new Outcome(action, hearing.hearingDate().toString());
    }

    private Outcome deliberate(Actor actor, CaseRow row, Deliberation p) {
        requireHead(actor);
        // the heads' meeting with fully confirmed minutes is the only source of the resolution (集体讨论记录)
        CollectiveDeliberation.Resolution r = deliberation.resolution(row.id)
                .orElseThrow(() -> DomainException.invalid("deliberation.noResolution"));
        if (p.meetingId() == null || p.meetingId() != r.meetingId()) {
            throw DomainException.invalid("deliberation.notLatestResolution", r.meetingId());
        }
        row.deliberationResolution = describe(r.outcome(), r.fine()) + "：" + r.text();
        return new Outcome("DELIBERATED", row.deliberationResolution);
    }

    // ---- 决定 / 送达 / 执行 / 结案 ------------------------------------------------------------------------------

    private Outcome decide(Actor actor, CaseRow row, Decision p, Map<String, Object> vars) {
        requireHead(actor);
        requireNotHandler(actor, row, "decision.deciderIsHandler");
        if (row.noticeServedDate == null) {
            throw DomainException.invalid("decision.noNotice");
        }
        if (row.statementWaived == null) {
            throw DomainException.invalid("decision.partyNotHeard");
        }
        if (reviews.latestHearing(row.id)
                .map(h -> "REQUESTED".equals(h.status()) || "SCHEDULED".equals(h.status())).orElse(false)) {
            throw DomainException.invalid("decision.hearingPending");
        }
        boolean reviewRequired = reviews.evaluate(row.id, facts(row)).stream()
                .anyMatch(r -> r.kind() == RequirementKind.REVIEW);
        ReviewOutcome lastReview = reviews.lastOutcome(row.id).orElse(null);
        if (reviewRequired && !row.legalReviewPassed && lastReview != ReviewOutcome.TRANSFER) {
            throw DomainException.invalid("decision.noLegalReview");
        }
        if (lastReview == ReviewOutcome.TRANSFER && !row.legalReviewPassed && p.outcome() != OutcomeType.TRANSFER) {
            throw DomainException.invalid("decision.transferOnly");
        }
        if (row.deliberationRequired && row.deliberationResolution == null) {
            throw DomainException.invalid("decision.noDeliberation");
        }
        if (p.outcome() == null) {
            throw DomainException.invalid("field.required", "outcome");
        }
        checkOutcome(p.outcome(), p.fine(), p.confiscation(), p.correctionOrder());
        if (row.deliberationRequired) {
            // 行政处罚法 Art. 57 ¶2: the decision is the heads' collective one — it must match their resolution
            CollectiveDeliberation.Resolution r = deliberation.resolution(row.id)
                    .orElseThrow(() -> DomainException.invalid("decision.noDeliberation"));
            if (p.outcome() != r.outcome() || !OutcomeType.sameAmount(p.fine(), r.fine())
                    || !OutcomeType.sameAmount(p.confiscation(), r.confiscation())) {
                throw DomainException.invalid("decision.differsFromResolution", describe(r.outcome(), r.fine()),
                        r.confiscation() == null ? "0" : r.confiscation().toPlainString());
            }
        }
        LocalDate decided = pastOrToday(p.decidedDate(), "decidedDate");
        if (decided.isBefore(row.noticeServedDate)) {
            throw DomainException.invalid("decision.beforeNotice");
        }
        CaseDeadline limit = caseClock.decisionDeadline(row).orElse(null);
        if (limit != null && decided.isAfter(limit.due())) {
            // 行政处罚法 Art. 60: 90 days from filing unless lawfully extended
            throw DomainException.invalid("decision.overdue", limit.due());
        }
        ReviewViews.Notice notified = reviews.latestNotice(row.id).orElse(null);
        if (notified != null && LegalReviewService.heavierThan(p.outcome(), p.fine(), p.confiscation(), notified)) {
            // 行政处罚法 Art. 45: never heavier than the notified proposal
            throw DomainException.invalid("decision.heavierThanNotified", describe(notified.proposedOutcome(),
                    notified.fine()));
        }
        row.decidedOutcome = p.outcome();
        row.decidedFine = p.fine();
        row.decidedConfiscation = p.confiscation();
        if (blankToNull(p.correctionOrder()) != null) {
            row.correctionOrder = p.correctionOrder().trim();
        }
        row.decidedBy = actor.userId();
        row.decidedDate = decided;
        vars.put(OrdinaryProcedure.VAR_TRANSFER, p.outcome() == OutcomeType.TRANSFER);
        String title = switch (p.outcome()) {
            case WARNING, FINE, CONFISCATION, SUSPENSION, REVOCATION -> "行政处罚决定书";
            case NO_PENALTY -> "不予行政处罚决定书";
            case NOT_ESTABLISHED -> "案件处理决定书（违法事实不成立）";
            case TRANSFER -> "案件移送书";
        };
        cases.addDocument(row.id, "DECISION", title, docNo(row, "罚决字"), row.stage, actor.userId());
        events.publishEvent(new CaseDecided(row.id, p.outcome(), decided));
        return new Outcome("DECIDED", describe(p.outcome(), p.fine()));
    }

    private Outcome serve(Actor actor, CaseRow row, Service p) {
        if (p.method() == null) {
            throw DomainException.invalid("field.required", "method");
        }
        LocalDate served = pastOrToday(p.servedDate(), "servedDate");
        if (row.decidedDate != null && served.isBefore(row.decidedDate)) {
            throw DomainException.invalid("service.beforeDecision");
        }
        row.servedDate = served;
        row.serviceMethod = p.method();
        cases.addDocument(row.id, "SERVICE_RECEIPT", "送达回证", null, row.stage, actor.userId());
        return new Outcome("SERVED", served + " " + messages.get("ui.method." + p.method(), Messages.ZH_CN));
    }

    private Outcome execute(Actor actor, CaseRow row, Execution p) {
        boolean fineDue = row.decidedOutcome == OutcomeType.FINE && row.decidedFine != null
                && row.decidedFine.signum() > 0;
        if (p.paidAmount() != null) {
            if (!fineDue) {
                throw DomainException.invalid("execution.nothingToPay");
            }
            if (p.paidAmount().signum() <= 0 || p.paidAmount().compareTo(row.decidedFine) > 0) {
                throw DomainException.invalid("execution.badAmount", row.decidedFine);
            }
            LocalDate paid = pastOrToday(p.paidDate(), "paidDate");
            if (row.decidedDate != null && paid.isBefore(row.decidedDate)) {
                throw DomainException.invalid("execution.paidBeforeDecision");
            }
            if (p.paidAmount().compareTo(row.decidedFine) < 0) {
                required(p.note(), "note");
            }
            row.paidAmount = p.paidAmount();
            row.paidDate = paid;
            row.executionNote = blankToNull(p.note());
            row.executedDate = today();
            cases.addDocument(row.id, "PAYMENT_RECEIPT", "罚没款缴款凭证", null, row.stage, actor.userId());
            return new Outcome("PAYMENT_RECORDED", p.paidAmount().toPlainString());
        }
        row.executionNote = required(p.note(), "note");
        row.paidAmount = null;
        row.paidDate = null;
        row.executedDate = today();
        return new Outcome("EXECUTION_RECORDED", row.executionNote);
    }

    private Outcome close(Actor actor, CaseRow row, ClosingApproval p, Map<String, Object> vars) {
        requireHead(actor);
        if (!p.approve()) {
            String opinion = required(p.opinion(), "opinion");
            vars.put(OrdinaryProcedure.VAR_CLOSING_APPROVED, false);
            return new Outcome("CLOSING_RETURNED", opinion);
        }
        row.closedDate = today();
        row.closingSummary = blankToNull(p.opinion());
        vars.put(OrdinaryProcedure.VAR_CLOSING_APPROVED, true);
        cases.addDocument(row.id, "CLOSING_APPROVAL_FORM", "结案审批表", null, row.stage, actor.userId());
        return new Outcome("CLOSING_APPROVED", row.closingSummary);
    }

    // ---- rules shared by the steps ------------------------------------------------------------------------------

    private static void checkOutcome(OutcomeType type, BigDecimal fine, BigDecimal confiscation, String correction) {
        type.checkAmounts(fine, confiscation);
        // 行政处罚法 Art. 28: every penalty comes with an order to correct
        if (type.isPenalty() && (correction == null || correction.isBlank())) {
            throw DomainException.invalid("outcome.correctionOrderRequired");
        }
    }

    private void requireHead(Actor actor) {
        if (!actor.isHead()) {
            throw DomainException.forbidden("auth.headOnly");
        }
    }

    private void requireNotHandler(Actor actor, CaseRow row, String code) {
        if (handlerIds(row).contains(actor.userId())) {
            throw DomainException.forbidden(code);
        }
    }

    private List<Long> handlerIds(CaseRow row) {
        return mapper.findHandlers(row.id).stream().map((HandlerRow h) -> h.userId).toList();
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid("field.required", field);
        }
        if (value.length() > 2000) {
            throw DomainException.invalid("field.tooLong", field, 2000);
        }
        return value.trim();
    }

    private LocalDate pastOrToday(LocalDate date, String field) {
        if (date == null) {
            throw DomainException.invalid("field.required", field);
        }
        if (date.isAfter(today())) {
            throw DomainException.invalid("date.inFuture", field);
        }
        return date;
    }

    private static String docNo(CaseRow row, String kind) {
        return row.caseNo == null ? null : row.caseNo.replace("立字", kind);
    }

    /** The history shows the outcome as an officer writes it: "罚款 500.00 元". */
    private String describe(OutcomeType type, BigDecimal fine) {
        String label = messages.get("ui.outcome." + type.name(), Messages.ZH_CN);
        return fine == null ? label : label + " " + fine.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + " 元";
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
