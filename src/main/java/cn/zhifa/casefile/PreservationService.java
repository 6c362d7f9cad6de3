package cn.zhifa.casefile;

import cn.zhifa.organization.Action;
import cn.zhifa.organization.RequiresPermission;
import cn.zhifa.calendar.Due;
import cn.zhifa.calendar.StatutoryPeriod;
import cn.zhifa.calendar.StatutoryPeriods;
import cn.zhifa.casefile.internal.CaseFileMapper;
import cn.zhifa.casefile.internal.CaseRow;
import cn.zhifa.casefile.internal.ClockMapper;
import cn.zhifa.casefile.internal.ClockMapper.PreservationRow;
import cn.zhifa.casefile.process.PreservationEngine;
import cn.zhifa.notification.NotificationService;
import cn.zhifa.organization.Actor;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.StoredText;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 先行登记保存 (行政处罚法 Art. 56): a handler requests, a head of the unit who is not a handler approves or refuses in
 * the system (an urgent act: reported within 24 hours, approved afterwards, else released); once approved a handling
 * decision must follow within 7 working days, or the engine's timer lapses the preservation and records it (0024).
 */
@Service
public class PreservationService {

    /** The act name the step guards see for 查封扣押. */
    public static final String ACT_SEIZURE = "SEIZURE";

    private final ClockMapper mapper;
    private final CaseFileMapper cases;
    private final StatutoryPeriods periods;
    private final PreservationEngine engine;
    private final CaseHistory history;
    private final NotificationService notifications;
    private final Clock clock;
    private final StepGuards guards;
    private final CaseClockService clockService;
    private static final java.time.format.DateTimeFormatter MINUTE =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public PreservationService(ClockMapper mapper, CaseFileMapper cases, StatutoryPeriods periods,
            PreservationEngine engine, CaseHistory history, NotificationService notifications,
            Clock clock, StepGuards guards, CaseClockService clockService) {
        this.guards = guards;
        this.clockService = clockService;
        this.mapper = mapper;
        this.cases = cases;
        this.periods = periods;
        this.engine = engine;
        this.history = history;
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * A handler asks a head of the unit to approve 先行登记保存 of {@code items} (the list) at {@code storagePlace} for
     * {@code reason}. When {@code urgent}, the act has already been taken on the spot: the head must be reported to
     * within 24 hours (a deadline on the case) and approve afterwards, else the items are released.
     */
    @RequiresPermission(Action.PRESERVATION)
    @Transactional
    public Preservation request(Actor actor, long caseId, String items, String storagePlace, String reason,
            boolean urgent) {
        CaseRow row = handlerCase(actor, caseId);
        if (row.filedDate == null || row.decidedDate != null) {
            throw DomainException.invalid("preservation.notInInvestigation");
        }
        if (blank(items) || blank(storagePlace)) {
            throw DomainException.invalid("preservation.incomplete");
        }
        if (blank(reason)) {
            throw DomainException.invalid("preservation.reasonRequired");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        PreservationRow p = new PreservationRow();
        p.caseId = caseId;
        p.items = items.trim();
        p.storagePlace = storagePlace.trim();
        p.reason = reason.trim();
        p.urgent = urgent;
        p.recordedBy = actor.userId();
        p.requestedAt = now;
        p.reportDueAt = urgent ? periods.dueFrom(now, StatutoryPeriod.PRESERVATION_URGENT_REPORT).deadline() : null;
        mapper.insertPreservation(p);
        if (urgent) { // the act is taken now: its notice and list are handed over on the spot
            history.document(caseId, DocumentKind.PRESERVATION_NOTICE.code(), DocumentKind.PRESERVATION_NOTICE.title(),
                    null, row.stage, actor.userId());
        }
        history.record(caseId, row.stage, row.stage, urgent ? "PRESERVATION_URGENT" : "PRESERVATION_REQUESTED",
                actor.userId(), urgent
                        ? StoredText.of("text.preservation.urgent", p.items, p.storagePlace, p.reason,
                                p.reportDueAt.format(MINUTE))
                        : StoredText.of("text.preservation.requested", p.items, p.storagePlace, p.reason));
        clockService.refresh(caseId);
        return mapper.preservation(p.id);
    }

    /**
     * A head of the case's unit who is not a handler approves (the preservation is in force from now and its
     * 7-working-day handling period runs from today) or refuses (an urgent act's items must then be released).
     * An urgent act reported too late can no longer be approved.
     */
    @RequiresPermission(Action.PRESERVATION_APPROVE)
    @Transactional
    public Preservation approve(Actor actor, long preservationId, boolean approve, String opinion) {
        Preservation p = lock(preservationId);
        CaseRow row = CaseScope.workable(actor, cases.findCase(p.caseId()), p.caseId());
        if (!actor.isHead()) {
            throw DomainException.forbidden("auth.headOnly");
        }
        SeparationOfDuties.require(Duty.APPROVE_PRESERVATION, actor.userId(), handlerIds(p.caseId()));
        if (row.stage.isTerminal()) {
            throw DomainException.invalid("case.readOnly", row.caseNo);
        }
        if (!p.awaitingApproval()) {
            throw DomainException.conflict("preservation.notPending");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (p.urgent() && now.isAfter(p.reportDueAt())) {
            throw DomainException.invalid("preservation.reportLate", p.reportDueAt().format(MINUTE));
        }
        String text = opinion == null ? "" : opinion.trim();
        if (!approve && text.isEmpty()) {
            throw DomainException.invalid("preservation.refusalReasonRequired");
        }
        if (approve) {
            LocalDate today = now.toLocalDate();
            Due due = periods.dueFrom(today, StatutoryPeriod.PRESERVATION_DECISION);
            mapper.approvePreservation(p.id(), actor.userId(), now, text, today, due.date(), due.confirmed());
            mapper.setPreservationProcess(p.id(), engine.start(p.caseId(), p.id()));
            approvalForm(p, row, actor);
            if (!p.urgent()) {
                history.document(p.caseId(), DocumentKind.PRESERVATION_NOTICE.code(),
                        DocumentKind.PRESERVATION_NOTICE.title(), null, row.stage, actor.userId());
            }
            history.record(p.caseId(), row.stage, row.stage, "PRESERVATION_APPROVED", actor.userId(),
                    text.isEmpty()
                            ? StoredText.of("text.preservation.approved", p.items(), p.storagePlace(), due.date())
                            : StoredText.of("text.preservation.approvedNote", p.items(), p.storagePlace(), due.date(),
                                    text));
        } else {
            mapper.refusePreservation(p.id(), actor.userId(), now, text);
            approvalForm(p, row, actor);
            if (!p.urgent()) { // nothing was taken: the request simply ends
                mapper.setPreservationOutcome(p.id(), PreservationOutcome.REFUSED, now, actor.userId());
            }
            history.record(p.caseId(), row.stage, row.stage, "PRESERVATION_REFUSED", actor.userId(),
                    StoredText.of(p.urgent() ? "text.preservation.refusedUrgent" : "text.preservation.refused",
                            p.items(), text));
        }
        clockService.refresh(p.caseId());
        return mapper.preservation(p.id());
    }

    /** 先行登记保存证据审批表: the head's answer, approval or refusal, on the form (filled from the preservation). */
    private void approvalForm(Preservation p, CaseRow row, Actor actor) {
        long documentId = history.document(p.caseId(), DocumentKind.PRESERVATION_APPROVAL_FORM.code(),
                DocumentKind.PRESERVATION_APPROVAL_FORM.title(), null, row.stage, actor.userId());
        mapper.setPreservationApprovalDocument(p.id(), documentId);
    }

    /**
     * A handler records the release of items held under an urgent act that is not approved (refused, or not yet
     * approved — it may be released before as well). An approved preservation is released by its handling decision.
     */
    @RequiresPermission(Action.PRESERVATION)
    @Transactional
    public Preservation release(Actor actor, long preservationId, String note) {
        Preservation p = lock(preservationId);
        CaseRow row = handlerCase(actor, p.caseId());
        if (!p.isOpen()) {
            throw DomainException.conflict("preservation.alreadyDecided", p.outcome());
        }
        if (!p.urgent() || p.approval() == PreservationApproval.APPROVED) {
            throw DomainException.invalid("preservation.releaseByDecision");
        }
        mapper.setPreservationOutcome(p.id(), PreservationOutcome.RELEASED, LocalDateTime.now(clock), actor.userId());
        history.document(p.caseId(), DocumentKind.PRESERVATION_DECISION.code(),
                DocumentKind.PRESERVATION_DECISION.title(), null, row.stage, actor.userId());
        history.record(p.caseId(), row.stage, row.stage, "PRESERVATION_RELEASED", actor.userId(),
                blank(note) ? StoredText.of(StoredText.TYPED, p.items())
                        : StoredText.of("text.withNote", p.items(), note.trim()));
        clockService.refresh(p.caseId());
        return mapper.preservation(p.id());
    }

    @RequiresPermission(Action.PRESERVATION)
    @Transactional
    public Preservation decide(Actor actor, long preservationId, PreservationOutcome outcome) {
        Preservation p = lock(preservationId);
        CaseRow row = handlerCase(actor, p.caseId());
        if (outcome == null || outcome == PreservationOutcome.LAPSED || outcome == PreservationOutcome.REFUSED) {
            throw DomainException.invalid("field.required", "outcome");
        }
        if (!p.isOpen()) {
            throw DomainException.conflict("preservation.alreadyDecided", p.outcome());
        }
        if (!p.inForce()) {
            throw DomainException.invalid("preservation.notApproved");
        }
        if (LocalDate.now(clock).isAfter(p.dueDate())) {
            throw DomainException.invalid("preservation.lapsed", p.dueDate());
        }
        if (outcome == PreservationOutcome.SEIZED) { // 查封扣押: the act's own checks (e.g. audio-video evidence)
            guards.check(actor, CaseFileService.toCase(row), ACT_SEIZURE, outcome);
        }
        mapper.setPreservationOutcome(p.id(), outcome, LocalDateTime.now(clock), actor.userId());
        engine.decided(p.id());
        history.document(p.caseId(), DocumentKind.PRESERVATION_DECISION.code(),
                DocumentKind.PRESERVATION_DECISION.title(), null, row.stage,
                actor.userId());
        history.record(p.caseId(), row.stage, row.stage, "PRESERVATION_DECIDED", actor.userId(),
                StoredText.label("ui.preservationOutcome." + outcome));
        clockService.refresh(p.caseId());
        return mapper.preservation(p.id());
    }

    /** Called by the engine when the period ran out without a decision: the preservation lapses. */
    @Transactional
    public void lapse(long preservationId) {
        Preservation p = mapper.preservationForUpdate(preservationId);
        if (p == null || !p.inForce()) {
            return;
        }
        mapper.setPreservationOutcome(p.id(), PreservationOutcome.LAPSED, LocalDateTime.now(clock), null);
        CaseRow row = cases.findCase(p.caseId());
        StoredText text = StoredText.of("preservation.lapsedMessage",
                row.caseNo == null ? String.valueOf(row.id) : row.caseNo, p.items(), p.dueDate());
        history.record(p.caseId(), row.stage, row.stage, "PRESERVATION_LAPSED", null, text);
        List<Long> handlers = handlerIds(p.caseId());
        notifications.notify(handlers, p.caseId(), NotificationService.PRESERVATION_LAPSED, "PRESERVATION",
                p.dueDate(), text);
        clockService.refresh(p.caseId());
    }

    /** Refuses (not found) when {@code id} is not of case {@code caseId} (the REST path names both). */
    @Transactional(readOnly = true)
    public void inCase(long caseId, long id) {
        Preservation x = mapper.preservation(id);
        if (x == null || x.caseId() != caseId) {
            throw DomainException.notFound("preservation.notFound", id);
        }
    }

    @Transactional(readOnly = true)
    public List<Preservation> ofCase(Actor actor, long caseId) {
        CaseScope.readable(actor, cases.findCase(caseId), caseId);
        return mapper.preservations(caseId);
    }

    @Transactional(readOnly = true)
    public LocalDate dueDate(long preservationId) {
        Preservation p = mapper.preservation(preservationId);
        if (p == null) {
            throw DomainException.notFound("preservation.notFound", preservationId);
        }
        return p.dueDate();
    }

    private Preservation lock(long preservationId) {
        Preservation p = mapper.preservationForUpdate(preservationId);
        if (p == null) {
            throw DomainException.notFound("preservation.notFound", preservationId);
        }
        return p;
    }

    private List<Long> handlerIds(long caseId) {
        return cases.findHandlers(caseId).stream().map(h -> h.userId).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private CaseRow handlerCase(Actor actor, long caseId) {
        CaseRow row = CaseScope.workable(actor, cases.findCase(caseId), caseId);
        if (row.stage.isTerminal()) {
            throw DomainException.invalid("case.readOnly", row.caseNo);
        }
        if (!isHandler(caseId, actor.userId())) {
            throw DomainException.forbidden("preservation.handlersOnly");
        }
        return row;
    }

    private boolean isHandler(long caseId, long userId) {
        return handlerIds(caseId).contains(userId);
    }
}
