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
import cn.zhifa.organization.UserAccount;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 先行登记保存 (行政处罚法 Art. 56): a handler records evidence preserved with a head's prior approval; a handling
 * decision must follow within 7 working days, or the engine's timer lapses the preservation and records it.
 */
@Service
public class PreservationService {

    /** The act name the step guards see for 查封扣押. */
    public static final String ACT_SEIZURE = "SEIZURE";

    private final ClockMapper mapper;
    private final CaseFileMapper cases;
    private final StatutoryPeriods periods;
    private final OrganizationService organization;
    private final PreservationEngine engine;
    private final CaseHistory history;
    private final NotificationService notifications;
    private final Messages messages;
    private final Clock clock;
    private final StepGuards guards;

    public PreservationService(ClockMapper mapper, CaseFileMapper cases, StatutoryPeriods periods,
            OrganizationService organization, PreservationEngine engine, CaseHistory history,
            NotificationService notifications, Messages messages, Clock clock, StepGuards guards) {
        this.guards = guards;
        this.mapper = mapper;
        this.cases = cases;
        this.periods = periods;
        this.organization = organization;
        this.engine = engine;
        this.history = history;
        this.notifications = notifications;
        this.messages = messages;
        this.clock = clock;
    }

    @RequiresPermission(Action.PRESERVATION)
    @Transactional
    public Preservation preserve(Actor actor, long caseId, String items, String storagePlace, long approvedByHead) {
        CaseRow row = handlerCase(actor, caseId);
        if (row.filedDate == null || row.decidedDate != null) {
            throw DomainException.invalid("preservation.notInInvestigation");
        }
        if (items == null || items.isBlank() || storagePlace == null || storagePlace.isBlank()) {
            throw DomainException.invalid("preservation.incomplete");
        }
        UserAccount head = organization.user(approvedByHead);
        if (!head.enabled() || !head.toActor().isHead() || head.unitId() != row.unitId) {
            throw DomainException.invalid("preservation.needsHeadApproval");
        }
        SeparationOfDuties.require(Duty.APPROVE_PRESERVATION, approvedByHead,
                cases.findHandlers(caseId).stream().map(h -> h.userId).toList());
        LocalDate today = LocalDate.now(clock);
        Due due = periods.dueFrom(today, StatutoryPeriod.PRESERVATION_DECISION);
        PreservationRow p = new PreservationRow();
        p.caseId = caseId;
        p.items = items.trim();
        p.storagePlace = storagePlace.trim();
        p.approvedBy = approvedByHead;
        p.recordedBy = actor.userId();
        p.startedDate = today;
        p.dueDate = due.date();
        p.confirmed = due.confirmed();
        mapper.insertPreservation(p);
        mapper.setPreservationProcess(p.id, engine.start(caseId, p.id));
        history.document(caseId, DocumentKind.PRESERVATION_NOTICE.code(), DocumentKind.PRESERVATION_NOTICE.title(),
                null, row.stage, actor.userId());
        history.record(caseId, row.stage, row.stage, "EVIDENCE_PRESERVED", actor.userId(),
                p.items + "（" + p.storagePlace + "），须于 " + p.dueDate + " 前作出处理决定");
        return mapper.preservation(p.id);
    }

    @RequiresPermission(Action.PRESERVATION)
    @Transactional
    public Preservation decide(Actor actor, long preservationId, PreservationOutcome outcome) {
        Preservation p = mapper.preservationForUpdate(preservationId);
        if (p == null) {
            throw DomainException.notFound("preservation.notFound", preservationId);
        }
        CaseRow row = handlerCase(actor, p.caseId());
        if (outcome == null || outcome == PreservationOutcome.LAPSED) {
            throw DomainException.invalid("field.required", "outcome");
        }
        if (!p.isOpen()) {
            throw DomainException.conflict("preservation.alreadyDecided", p.outcome());
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
        history.record(p.caseId(), row.stage, row.stage, "PRESERVATION_DECIDED", actor.userId(), outcome.name());
        return mapper.preservation(p.id());
    }

    /** Called by the engine when the period ran out without a decision: the preservation lapses. */
    @Transactional
    public void lapse(long preservationId) {
        Preservation p = mapper.preservationForUpdate(preservationId);
        if (p == null || !p.isOpen()) {
            return;
        }
        mapper.setPreservationOutcome(p.id(), PreservationOutcome.LAPSED, LocalDateTime.now(clock), null);
        CaseRow row = cases.findCase(p.caseId());
        String text = messages.get("preservation.lapsedMessage", Messages.ZH_CN,
                row.caseNo == null ? String.valueOf(row.id) : row.caseNo, p.items(), p.dueDate());
        history.record(p.caseId(), row.stage, row.stage, "PRESERVATION_LAPSED", null, text);
        List<Long> handlers = cases.findHandlers(p.caseId()).stream().map(h -> h.userId).toList();
        notifications.notify(handlers, p.caseId(), NotificationService.PRESERVATION_LAPSED, "PRESERVATION",
                p.dueDate(), text);
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
        return cases.findHandlers(caseId).stream().anyMatch(h -> h.userId == userId);
    }
}
