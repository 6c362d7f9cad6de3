package cn.zhifa.casefile;

import cn.zhifa.shared.StoredText;
import cn.zhifa.organization.Action;
import cn.zhifa.organization.RequiresPermission;
import cn.zhifa.casefile.internal.CaseFileMapper;
import cn.zhifa.casefile.internal.CaseRow;
import cn.zhifa.casefile.internal.PartyRow;
import cn.zhifa.casefile.process.OrdinaryProcedure;
import cn.zhifa.casefile.process.OrdinaryProcedureEngine;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.Role;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.tasks.InboxService;
import cn.zhifa.tasks.TaskRef;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering leads, reading and searching cases within the actor's data scope (own unit; supervisors and admins
 * all units), archiving. Step-by-step work on a case goes through {@link CaseWorkflowService}.
 */
@Service
public class CaseFileService {

    static final String PROCEDURE_ORDINARY = "ORDINARY";
    public static final String PROCEDURE_SUMMARY = "SUMMARY";

    private final CaseFileMapper mapper;
    private final OrdinaryProcedureEngine engine;
    private final InboxService inbox;
    private final OrganizationService organization;
    private final CaseHistory history;
    private final CaseClockService caseClock;
    private final PreservationService preservations;
    private final Limitation limitation;
    private final Clock clock;
    private final CaseSearch search;
    private final java.util.function.Supplier<StepDueDates> dueDates; // steps need this service: looked up on first use

    public CaseFileService(CaseFileMapper mapper, OrdinaryProcedureEngine engine, InboxService inbox,
            OrganizationService organization, CaseHistory history, CaseClockService caseClock,
            PreservationService preservations, Limitation limitation, Clock clock, CaseSearch search,
            org.springframework.beans.factory.ObjectProvider<StepDueDates> dueDates) {
        this.dueDates = org.springframework.util.function.SingletonSupplier.of(dueDates::getObject);
        this.search = search;
        this.limitation = limitation;
        this.mapper = mapper;
        this.engine = engine;
        this.inbox = inbox;
        this.organization = organization;
        this.history = history;
        this.caseClock = caseClock;
        this.preservations = preservations;
        this.clock = clock;
    }

    /** 线索登记: records the lead with its parties and starts the ordinary procedure (next: verification). */
    @RequiresPermission(Action.CASE_REGISTER)
    @Transactional
    public CaseFile registerLead(Actor actor, NewLead lead) {
        if (!(actor.has(Role.OFFICER) || actor.has(Role.AUXILIARY) || actor.has(Role.TEAM_LEADER)
                || actor.isHead())) {
            throw DomainException.forbidden("case.registerNotAllowed");
        }
        LeadValidation.check(lead, LocalDate.now(clock), organization);
        LocalDateTime now = LocalDateTime.now(clock);
        CaseRow row = new CaseRow();
        row.unitId = actor.unitId();
        row.procedureType = PROCEDURE_ORDINARY;
        row.stage = CaseStage.VERIFICATION;
        row.leadSource = lead.source();
        row.leadSummary = lead.summary().trim();
        row.location = blankToNull(lead.location());
        row.itemId = lead.itemId();
        row.partyName = lead.parties().isEmpty() ? null : lead.parties().get(0).name().trim();
        row.actDate = lead.actDate();
        row.actEndDate = lead.actEndDate();
        row.limitationClass = lead.limitationClass();
        row.discoveredDate = lead.discoveredDate();
        row.registeredBy = actor.userId();
        row.registeredAt = now;
        mapper.insertCase(row);
        for (Party p : lead.parties()) {
            insertParty(row.id, p);
        }
        // the first task's inbox row is written with its due date, and known from what the listener wrote (0038)
        List<TaskRef> open = inbox.startAndListOpen(row.id, () -> dueDates.get().completing(row, List.of(),
                () -> row.processInstanceId = engine.start(row.id, row.unitId)));
        history.first(row.id, CaseStage.VERIFICATION, "LEAD_REGISTERED", actor.userId(), row.leadSummary);
        // 行政处罚法 Art. 36: a lead discovered past the limitation is registered with a warning on the record
        limitation.of(row.actDate, row.actEndDate, row.limitationClass, row.discoveredDate)
                .filter(Limitation.Status::timeBarred)
                .ifPresent(s -> history(row.id, CaseStage.VERIFICATION, CaseStage.VERIFICATION, "LIMITATION_WARNING",
                        actor.userId(), StoredText.of("text.limitation.warning", s.runsFrom(), s.lastDay(),
                                s.discovered()).stored()));
        addDocument(row.id, DocumentKind.LEAD_REGISTRATION.code(), DocumentKind.LEAD_REGISTRATION.title(), null,
                CaseStage.VERIFICATION, actor.userId());
        caseClock.startClock(row, open); // the first deadlines and the clock, whose id is written with the row
        if (mapper.updateCase(row) != 1) {
            throw DomainException.conflict("case.concurrentChange");
        }
        return toCase(mapper.findCase(row.id));
    }

    /**
     * 简易程序: stores an on-the-spot decision as a case of procedure SUMMARY, decided and handed over, with its
     * handlers (who the summary feature has checked), party, decision document and history. The case waits in stage
     * EXECUTION for the hand-in of collected fines and the filing for the record ({@link #closeSummaryCase}).
     * Joins the caller's transaction.
     */
    @Transactional
    public long openSummaryCase(Actor actor, SummaryCaseOpening o) {
        LocalDateTime now = LocalDateTime.now(clock);
        CaseRow row = new CaseRow();
        row.unitId = o.unitId();
        row.procedureType = PROCEDURE_SUMMARY;
        row.stage = CaseStage.EXECUTION;
        row.leadSource = o.source() == null ? LeadSource.INSPECTION : o.source();
        row.leadSummary = o.violation();
        row.location = o.place();
        row.itemId = o.itemId();
        row.partyName = o.party().name().trim();
        row.actDate = o.actDate();
        row.discoveredDate = o.decidedAt().toLocalDate();
        row.registeredBy = actor.userId();
        row.registeredAt = now;
        mapper.insertCase(row);
        insertParty(row.id, o.party());
        for (int i = 0; i < o.handlers().size(); i++) {
            mapper.insertHandler(row.id, o.handlers().get(i), i == 0 ? "LEAD" : "ASSIST");
        }
        row.caseNo = o.decisionNo();
        row.caseYear = o.year();
        row.caseSeq = o.seq();
        row.facts = o.violation();
        row.decidedDate = o.decidedAt().toLocalDate();
        row.servedDate = row.decidedDate;
        row.decidedOutcome = o.outcome();
        row.decidedFine = o.fine();
        row.decidedBy = actor.userId();
        row.statementSummary = o.statement();
        row.statementWaived = o.statementRefused();
        if (o.collectedOnSpot() && o.fine() != null) {
            row.paidAmount = o.fine();
            row.paidDate = row.decidedDate;
        }
        if (mapper.updateCase(row) != 1) {
            throw DomainException.conflict("case.concurrentChange");
        }
        addDocument(row.id, DocumentKind.SUMMARY_DECISION.code(), DocumentKind.SUMMARY_DECISION.title(), o.decisionNo(), CaseStage.EXECUTION,
                actor.userId());
        history(row.id, null, CaseStage.EXECUTION, "SUMMARY_DECIDED", actor.userId(), o.decisionNo());
        if (ExecutionFacts.applies(row) && !o.collectedOnSpot()) {
            // paid later at the bank (Art. 67): the payment deadline and what follows it on the case's clock (0031)
            CaseRow stored = mapper.findCase(row.id);
            caseClock.startClock(stored, List.of());
            mapper.setClockProcess(row.id, stored.clockProcessId);
        }
        return row.id;
    }

    /** Records the engine instance that runs a summary case ({@code bpmn/summary-procedure.bpmn}). */
    @Transactional
    public void attachSummaryProcess(long caseId, String processInstanceId) {
        CaseRow row = mapper.findCaseForUpdate(caseId);
        row.processInstanceId = processInstanceId;
        if (mapper.updateCase(row) != 1) {
            throw DomainException.conflict("case.concurrentChange");
        }
    }

    /** A summary case's history entry (hand-in, filing for the record), kept with the case's timeline. */
    @Transactional
    public void noteSummaryStep(long caseId, String action, Long actorId, String comment) {
        CaseRow row = mapper.findCase(caseId);
        history(caseId, row.stage, row.stage, action, actorId, comment);
    }

    /** The summary procedure is complete (filed for the record, collected fines handed in): archived, read-only. */
    @Transactional
    public void closeSummaryCase(long caseId, Long actorId, String comment) {
        CaseRow row = mapper.findCaseForUpdate(caseId);
        if (row == null || !PROCEDURE_SUMMARY.equals(row.procedureType)) {
            throw DomainException.notFound("case.notFound", caseId);
        }
        CaseStage from = row.stage;
        row.stage = CaseStage.ARCHIVED;
        row.closedDate = LocalDate.now(clock);
        row.archivedAt = LocalDateTime.now(clock);
        if (mapper.updateCase(row) != 1) {
            throw DomainException.conflict("case.concurrentChange");
        }
        history(caseId, from, CaseStage.ARCHIVED, "SUMMARY_CLOSED", actorId, comment);
        if (row.clockProcessId != null) {
            caseClock.refresh(caseId); // a fine paid later: its deadlines close, the clock stops
        }
    }

    @Transactional(readOnly = true)
    public CaseFileView view(Actor actor, long caseId) {
        CaseRow row = readable(actor, caseId);
        List<CaseDeadline> deadlines = caseClock.deadlines(actor, caseId);
        return new CaseFileView(toCase(row),
                mapper.findParties(caseId).stream()
                        .map(p -> new Party(p.kind, p.name, p.idType, p.idNo, p.phone, p.address)).toList(),
                handlers(caseId), documents(caseId), history.timeline(history.rows(caseId), null),
                inbox.openTasksOfCase(caseId), deadlines, caseClock.events(actor, caseId),
                preservations.ofCase(actor, caseId), caseClock.surchargeOf(row, deadlines).orElse(null));
    }

    /** The parts of {@link #view} the pre-audit reads: no parties, history, open tasks, clock events or surcharge. */
    @Transactional(readOnly = true)
    public CaseFileView auditView(Actor actor, long caseId) {
        CaseRow row = readable(actor, caseId);
        return new CaseFileView(toCase(row), List.of(), handlers(caseId), documents(caseId), List.of(), List.of(),
                caseClock.deadlines(actor, caseId), List.of(), preservations.ofCase(actor, caseId), null);
    }

    /**
     * The parts of {@link #view} documents are filled from: the case, parties, handlers and documents; the history
     * (approval comments) only when {@code withHistory}; no open tasks, deadlines, clock events, preservations (the
     * preservation documents read them: {@link PreservationService#ofCase}) or surcharge.
     */
    @Transactional(readOnly = true)
    public CaseFileView documentView(Actor actor, long caseId, boolean withHistory) {
        CaseRow row = readable(actor, caseId);
        return new CaseFileView(toCase(row),
                mapper.findParties(caseId).stream()
                        .map(p -> new Party(p.kind, p.name, p.idType, p.idNo, p.phone, p.address)).toList(),
                handlers(caseId), documents(caseId), withHistory ? history.timeline(history.rows(caseId), Messages.ZH_CN) : List.of(),
                List.of(), List.of(), List.of(), List.of(), null);
    }

    private List<Handler> handlers(long caseId) {
        return mapper.findHandlers(caseId).stream().map(h -> new Handler(h.userId, h.name, h.role)).toList();
    }

    private List<CaseDocument> documents(long caseId) {
        return history.documents(caseId);
    }

    /** 行政处罚法 Art. 36 as recorded on the case; empty while the act date is unknown. */
    @Transactional(readOnly = true)
    public java.util.Optional<Limitation.Status> limitation(Actor actor, long caseId) {
        CaseRow r = readable(actor, caseId);
        return limitation.of(r.actDate, r.actEndDate, r.limitationClass, r.discoveredDate);
    }

    @Transactional(readOnly = true)
    public CaseFile get(Actor actor, long caseId) {
        return toCase(readable(actor, caseId));
    }

    /** 案件查询: see {@link CaseSearch} (the party matches any part of its name, decision 0032). */
    @Transactional(readOnly = true)
    public List<CaseSummary> search(Actor actor, CaseQuery query) {
        return search.search(actor, query);
    }

    @Transactional(readOnly = true)
    public long count(Actor actor, CaseQuery query) {
        return search.count(actor, query);
    }

    /**
     * Called by the engine's archive step after closing was approved: the case becomes read-only. The stage
     * history row is written by the closing step.
     */
    @Transactional
    public void archive(long caseId) {
        CaseRow row = mapper.findCaseForUpdate(caseId);
        if (row == null) {
            throw DomainException.notFound("case.notFound", caseId);
        }
        row.stage = CaseStage.ARCHIVED;
        row.archivedAt = LocalDateTime.now(clock);
        if (mapper.updateCase(row) != 1) {
            throw DomainException.conflict("case.concurrentChange");
        }
    }

    /**
     * A line on the case's timeline written by another feature (e.g. publication): the stage does not change. The
     * action is a code with a label {@code ui.action.<code>} in the message bundles; {@code actorId} null = system.
     */
    @Transactional
    public void recordOnTimeline(long caseId, String action, Long actorId, String comment) {
        history.recordAt(caseId, caseRow(caseId).stage, action, actorId, comment);
    }

    /** The user ids of the case's handlers (承办人), for features that keep reviewers and handlers apart. */
    @Transactional(readOnly = true)
    public List<Long> handlerIds(long caseId) {
        return mapper.findHandlers(caseId).stream().map(h -> h.userId).toList();
    }

    /**
     * A document another feature made for the case (e.g. the heads' 集体讨论记录), filed under the case's current
     * stage inside the caller's transaction. Returns the register id of the document.
     */
    @Transactional
    public long fileDocument(long caseId, DocumentKind kind, long userId) {
        return fileDocument(caseId, kind.code(), kind.title(), userId);
    }

    /** The unit a case belongs to (its documents' numbers, templates); no data scope: system callers (0038). */
    public long unitOf(long caseId) {
        return caseRow(caseId).unitId;
    }

    private CaseRow caseRow(long caseId) {
        CaseRow row = mapper.findCase(caseId);
        if (row == null) {
            throw DomainException.notFound("case.notFound", caseId);
        }
        return row;
    }

    /** {@link #fileDocument(long, DocumentKind, long)} with a code and title of the caller's. */
    @Transactional
    public long fileDocument(long caseId, String type, String title, long userId) {
        CaseStage stage = caseRow(caseId).stage;
        return addDocument(caseId, type, title, null, stage, userId);
    }

    /**
     * {@link #fileDocument(long, String, String, long)} at a step's commit by the caller that knows the stage the step
     * leaves: the register row only; its {@code DOCUMENT_CREATED} entry is returned for the caller's own append.
     */
    public CaseRecord.Entry fileDocumentAtCommit(long caseId, String type, String title, CaseStage stage, long userId) {
        return history.registerDocument(caseId, type, title, null, stage, userId);
    }

    // ---- package-internal helpers for the workflow ------------------------------------------------------------

    CaseRow readable(Actor actor, long caseId) {
        return CaseScope.readable(actor, mapper.findCase(caseId), caseId);
    }

    long addDocument(long caseId, String type, String title, String docNo, CaseStage stage, long userId) {
        return history.document(caseId, type, title, docNo, stage, userId);
    }

    void history(long caseId, CaseStage from, CaseStage to, String action, Long actorId, String comment) {
        history.record(caseId, from, to, action, actorId, comment);
    }

    void history(long caseId, CaseStage from, CaseStage to, String action, Long actorId, String comment,
            Map<String, ?> details) {
        history.record(caseId, from, to, action, actorId, comment, details);
    }

    /** The user opened the case (after a successful {@link #view}): a {@code CASE_VIEWED} entry, rate-limited. */
    public void opened(Actor actor, long caseId) {
        history.opened(caseId, actor.userId());
    }

    private void insertParty(long caseId, Party p) {
        PartyRow pr = new PartyRow();
        pr.caseId = caseId;
        pr.kind = p.kind();
        pr.name = p.name().trim();
        pr.idType = p.idType();
        pr.idNo = blankToNull(p.idNo());
        pr.phone = blankToNull(p.phone());
        pr.address = blankToNull(p.address());
        mapper.insertParty(pr);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static CaseFile toCase(CaseRow r) {
        return new CaseFile(r.id, r.caseNo, r.unitId, r.procedureType, r.stage, r.leadSource, r.leadSummary,
                r.location, r.itemId, r.itemName, r.partyName, r.actDate, r.discoveredDate, r.filedDate,
                r.decidedDate, r.servedDate, r.closedDate, r.archivedAt, r.registeredBy, r.registeredAt, r.facts,
                r.notFiledReason, r.proposedOutcome, r.proposedFine, r.proposedConfiscation, r.correctionOrder,
                r.discretionReason, r.major, r.majorReason, r.deliberationRequired, r.legalReviewPassed,
                r.noticeServedDate, r.noticeMethod, r.notifiedFine, r.statementSummary, r.statementWaived,
                r.reviewOpinion, r.legalReviewOpinion, r.deliberationResolution, r.decidedOutcome, r.decidedFine,
                r.decidedConfiscation, r.decidedBy, r.serviceMethod, r.paidAmount, r.paidDate, r.executionNote,
                r.executedDate, r.closingSummary, r.processInstanceId, r.version, r.noticeDeliveredDate,
                r.noticeServiceNote, r.serviceDeliveredDate, r.serviceNote, r.actEndDate, r.limitationClass,
                r.limitationGround, r.educationRecord, r.benchmarkId, r.benchmarkTier, r.benchmarkVersion,
                r.benchmarkDeparture, r.benchmarkDepartureReason, r.decisionOpinion);
    }
}
