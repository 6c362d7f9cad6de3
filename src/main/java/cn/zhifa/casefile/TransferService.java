package cn.zhifa.casefile;

import cn.zhifa.shared.StoredText;
import cn.zhifa.calendar.Due;
import cn.zhifa.calendar.StatutoryPeriod;
import cn.zhifa.calendar.StatutoryPeriods;
import cn.zhifa.casefile.internal.CaseFileMapper;
import cn.zhifa.casefile.internal.CaseRow;
import cn.zhifa.casefile.internal.ClockMapper;
import cn.zhifa.casefile.internal.TransferMapper;
import cn.zhifa.casefile.internal.TransferMapper.TransferRow;
import cn.zhifa.casefile.process.OrdinaryProcedure;
import cn.zhifa.casefile.process.OrdinaryProcedureEngine;
import cn.zhifa.organization.Action;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.RequiresPermission;
import cn.zhifa.organization.Role;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Limits;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 移送 as its own path (issue #12 item 6, decision 0028). For a suspected crime (行政执法机关移送涉嫌犯罪案件的规定
 * Art. 5–6): a report by ≥ 2 handlers, from the filing until the decision and without an advance notice; the principal
 * head (正职负责人) who is not a handler approves or rejects it within 3 days (a late decision is recorded as late);
 * the handover within 24 hours of the approval with the 移送书 and the list of items, which pauses the decision
 * period as 中止; the receiving organ's acceptance ends the case (engine ended, stage {@link CaseStage#TRANSFERRED}),
 * a refusal or a return (行刑反向衔接) resumes it at investigation. While a transfer is under way no step of the
 * procedure is completed ({@link TransferGuard}). Jurisdiction transfer: a head's decision, the case ends.
 */
@Service
public class TransferService {

    private final TransferMapper mapper;
    private final CaseFileMapper cases;
    private final ClockMapper clockMapper;
    private final StatutoryPeriods periods;
    private final CaseHistory history;
    private final CaseClockService clockService;
    private final OrdinaryProcedureEngine engine;
    private final Clock clock;

    TransferService(TransferMapper mapper, CaseFileMapper cases, ClockMapper clockMapper, StatutoryPeriods periods,
            CaseHistory history, CaseClockService clockService, OrdinaryProcedureEngine engine, Clock clock) {
        this.mapper = mapper;
        this.cases = cases;
        this.clockMapper = clockMapper;
        this.periods = periods;
        this.history = history;
        this.clockService = clockService;
        this.engine = engine;
        this.clock = clock;
    }

    /** 移送报告: the officers named (≥ 2 handlers), the facts, the suspected crime and the list of items. */
    public record Report(List<Long> officers, String facts, String suspectedCrime, String items) {
    }

    /** 移送: to whom, when (not in the future), the 移送书 number and the list of items handed over. */
    public record Handover(String receivingOrgan, LocalDateTime handedOverAt, String letterNo, String items) {
    }

    /** The handlers' report; the principal head's 3 days run from today. */
    @RequiresPermission(Action.TRANSFER_HANDLE)
    @Transactional
    public CaseTransfer report(Actor actor, long caseId, Report r) {
        CaseRow row = openCase(actor, caseId);
        List<Long> handlers = handlerIds(caseId);
        if (!handlers.contains(actor.userId())) {
            throw DomainException.forbidden("transfer.handlersOnly");
        }
        if (r == null || blank(r.facts()) || blank(r.suspectedCrime()) || blank(r.items())) {
            throw DomainException.invalid("transfer.incomplete");
        }
        if (mapper.transfers(caseId).stream().anyMatch(CaseTransfer::isOpen)) {
            throw DomainException.invalid("transfer.underWay");
        }
        LinkedHashSet<Long> named = new LinkedHashSet<>(r.officers() == null ? List.of() : r.officers());
        named.remove(null);
        if (named.size() < 2) {
            throw DomainException.invalid("transfer.twoOfficers");
        }
        if (!handlers.containsAll(named)) {
            throw DomainException.invalid("transfer.officerNotHandler");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Due due = periods.dueFrom(now.toLocalDate(), StatutoryPeriod.CRIME_TRANSFER_DECISION);
        TransferRow t = new TransferRow();
        t.caseId = caseId;
        t.kind = TransferKind.CRIME;
        t.officers = named.stream().map(String::valueOf).collect(Collectors.joining(","));
        t.facts = Limits.requiredText(r.facts(), "facts", Limits.TEXT);
        t.suspectedCrime = Limits.requiredText(r.suspectedCrime(), "suspectedCrime", Limits.PLACE);
        t.items = Limits.requiredText(r.items(), "items", Limits.TEXT);
        t.reportedBy = actor.userId();
        t.reportedAt = now;
        t.decisionDue = due.date();
        t.decisionConfirmed = due.confirmed();
        mapper.insert(t);
        history.document(caseId, DocumentKind.TRANSFER_REPORT.code(), DocumentKind.TRANSFER_REPORT.title(), null,
                row.stage, actor.userId());
        history.record(caseId, row.stage, row.stage, "TRANSFER_REPORTED", actor.userId(),
                StoredText.of("text.transfer.reported", t.suspectedCrime, t.decisionDue, t.items));
        clockService.refresh(caseId);
        return mapper.transfer(t.id);
    }

    /** The principal head approves or rejects the report; after the 3 days the decision is recorded as late. */
    @RequiresPermission(Action.TRANSFER_DECIDE)
    @Transactional
    public CaseTransfer decide(Actor actor, long transferId, boolean approve, String opinion) {
        CaseTransfer t = lock(transferId);
        CaseRow row = openCase(actor, t.caseId());
        if (!actor.has(Role.PRINCIPAL_HEAD)) {
            throw DomainException.forbidden("transfer.principalOnly");
        }
        SeparationOfDuties.require(Duty.DECIDE_TRANSFER, actor.userId(), handlerIds(t.caseId()));
        if (!t.awaitingDecision()) {
            throw DomainException.conflict("transfer.notAwaitingDecision");
        }
        String why = Limits.requiredText(opinion, "opinion", Limits.TEXT);
        LocalDateTime now = LocalDateTime.now(clock);
        boolean late = now.toLocalDate().isAfter(t.decisionDue());
        LocalDateTime handoverDue = approve
                ? periods.dueFrom(now, StatutoryPeriod.CRIME_TRANSFER_HANDOVER).deadline() : null;
        mapper.decide(t.id(), approve ? CaseTransfer.APPROVED : CaseTransfer.REJECTED, why, actor.userId(), now, late,
                handoverDue);
        history.document(t.caseId(), DocumentKind.TRANSFER_APPROVAL.code(), DocumentKind.TRANSFER_APPROVAL.title(),
                null, row.stage, actor.userId());
        history.record(t.caseId(), row.stage, row.stage, approve ? "TRANSFER_APPROVED" : "TRANSFER_REJECTED",
                actor.userId(), late(late, "text.late.decision", t.decisionDue(), (approve
                        ? StoredText.of("text.transfer.approved", handoverDue)
                        : StoredText.label("text.transfer.rejected")).and(why)));
        clockService.refresh(t.caseId());
        return mapper.transfer(t.id());
    }

    /** The handover to the receiving organ with the 移送书 and the items; pauses the decision period (中止). */
    @RequiresPermission(Action.TRANSFER_HANDLE)
    @Transactional
    public CaseTransfer handOver(Actor actor, long transferId, Handover h) {
        CaseTransfer t = lock(transferId);
        CaseRow row = handlerCase(actor, t.caseId());
        if (!t.awaitingHandover()) {
            throw DomainException.conflict(t.handedOverAt() != null ? "transfer.alreadyHandedOver"
                    : "transfer.notApproved");
        }
        if (h == null || blank(h.receivingOrgan()) || blank(h.letterNo()) || blank(h.items())
                || h.handedOverAt() == null) {
            throw DomainException.invalid("transfer.handoverIncomplete");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        // to the minute: the time entered on the form has no seconds, the approval's has
        if (h.handedOverAt().isAfter(now)
                || h.handedOverAt().isBefore(t.decidedAt().truncatedTo(java.time.temporal.ChronoUnit.MINUTES))) {
            throw DomainException.invalid("transfer.badHandoverTime", t.decidedAt());
        }
        boolean late = h.handedOverAt().isAfter(t.handoverDue());
        String organ = Limits.requiredText(h.receivingOrgan(), "receivingOrgan", Limits.PLACE);
        mapper.handOver(t.id(), organ, h.handedOverAt(), Limits.requiredText(h.letterNo(), "letterNo", 80),
                Limits.requiredText(h.items(), "items", Limits.TEXT), actor.userId(), late);
        LocalDate day = h.handedOverAt().toLocalDate();
        if (clockMapper.events(t.caseId()).stream().noneMatch(e -> e.isPause() && e.end() == null)) {
            clockMapper.insertEvent(t.caseId(), ClockEventKind.PAUSE_SUSPENSION, day, null, null,
                    "移送" + organ + "，等待其决定（决定 0028）", t.decidedBy(), actor.userId(), now);
        }
        history.document(t.caseId(), DocumentKind.TRANSFER_LETTER.code(), DocumentKind.TRANSFER_LETTER.title(),
                h.letterNo().trim(), row.stage, actor.userId());
        history.record(t.caseId(), row.stage, row.stage, "TRANSFER_HANDED_OVER", actor.userId(),
                late(late, "text.late.handover", t.handoverDue(), StoredText.of("text.transfer.handedOver", organ,
                        h.handedOverAt(), h.letterNo().trim(), h.items().trim())));
        clockService.refresh(t.caseId());
        return mapper.transfer(t.id());
    }

    /**
     * The receiving organ's answer on {@code date}: acceptance ends the administrative case; a refusal or a return
     * (行刑反向衔接) ends the pause and resumes the case at investigation.
     */
    @RequiresPermission(Action.TRANSFER_HANDLE)
    @Transactional
    public CaseTransfer receipt(Actor actor, long transferId, TransferReceipt receipt, LocalDate date, String note) {
        CaseTransfer t = lock(transferId);
        CaseRow row = handlerCase(actor, t.caseId());
        if (!t.awaitingReceipt()) {
            throw DomainException.conflict("transfer.notHandedOver");
        }
        if (receipt == null) {
            throw DomainException.invalid("field.required", "receipt");
        }
        if (date == null || date.isAfter(LocalDate.now(clock)) || date.isBefore(t.handedOverAt().toLocalDate())) {
            throw DomainException.invalid("transfer.badReceiptDate", t.handedOverAt().toLocalDate());
        }
        String text = Limits.requiredText(note, "note", Limits.TEXT);
        LocalDateTime now = LocalDateTime.now(clock);
        mapper.receipt(t.id(), receipt, date, text, actor.userId(), now);
        clockMapper.events(t.caseId()).stream().filter(e -> e.isPause() && e.end() == null).findFirst()
                .ifPresent(e -> clockMapper.closePause(e.id(), date));
        CaseStage to = receipt == TransferReceipt.ACCEPTED ? CaseStage.TRANSFERRED : CaseStage.INVESTIGATION;
        if (to == CaseStage.TRANSFERRED) {
            engine.endTransferred(row.processInstanceId, "移送" + t.receivingOrgan() + "，已接受（" + date + "）");
        } else {
            engine.resumeAt(row.processInstanceId, OrdinaryProcedure.TASK_INVESTIGATE);
        }
        if (to != row.stage && cases.updateStage(row.id, to) != 1) {
            throw DomainException.conflict("case.concurrentChange");
        }
        history.record(t.caseId(), row.stage, to, "TRANSFER_" + receipt.name(), actor.userId(),
                StoredText.of("text.transfer.receipt", t.receivingOrgan(), date, text));
        clockService.refresh(t.caseId());
        return mapper.transfer(t.id());
    }

    /** 移送有管辖权的行政机关: a head who is not a handler decides; the case ends here. */
    @RequiresPermission(Action.TRANSFER_JURISDICTION)
    @Transactional
    public CaseTransfer transferJurisdiction(Actor actor, long caseId, String receivingAgency, String reason) {
        CaseRow row = openCase(actor, caseId);
        if (!actor.isHead()) {
            throw DomainException.forbidden("auth.headOnly");
        }
        SeparationOfDuties.require(Duty.DECIDE_TRANSFER, actor.userId(), handlerIds(caseId));
        if (mapper.transfers(caseId).stream().anyMatch(CaseTransfer::isOpen)) {
            throw DomainException.invalid("transfer.underWay");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        TransferRow t = new TransferRow();
        t.caseId = caseId;
        t.kind = TransferKind.JURISDICTION;
        t.receivingOrgan = Limits.requiredText(receivingAgency, "receivingAgency", Limits.PLACE);
        t.facts = Limits.requiredText(reason, "reason", Limits.TEXT);
        t.reportedBy = actor.userId();
        t.reportedAt = now;
        t.decision = CaseTransfer.APPROVED;
        t.decisionOpinion = t.facts;
        t.decidedBy = actor.userId();
        t.decidedAt = now;
        mapper.insert(t);
        engine.endTransferred(row.processInstanceId, "移送" + t.receivingOrgan + "（管辖）");
        if (cases.updateStage(row.id, CaseStage.TRANSFERRED) != 1) {
            throw DomainException.conflict("case.concurrentChange");
        }
        history.document(caseId, DocumentKind.JURISDICTION_TRANSFER_LETTER.code(),
                DocumentKind.JURISDICTION_TRANSFER_LETTER.title(), null, row.stage, actor.userId());
        history.record(caseId, row.stage, CaseStage.TRANSFERRED, "TRANSFER_JURISDICTION", actor.userId(),
                StoredText.of("text.withNote", t.receivingOrgan, t.facts));
        clockService.refresh(caseId);
        return mapper.transfer(t.id);
    }

    /** Refuses (not found) when {@code id} is not of case {@code caseId} (the REST path names both). */
    @Transactional(readOnly = true)
    public void inCase(long caseId, long id) {
        CaseTransfer x = mapper.transfer(id);
        if (x == null || x.caseId() != caseId) {
            throw DomainException.notFound("transfer.notFound", id);
        }
    }

    @Transactional(readOnly = true)
    public List<CaseTransfer> ofCase(Actor actor, long caseId) {
        CaseScope.readable(actor, cases.findCase(caseId), caseId);
        return mapper.transfers(caseId);
    }

    /** A filed, open, undecided case with no transfer under way (locked). */
    private CaseRow openCase(Actor actor, long caseId) {
        CaseRow row = workableCase(actor, caseId);
        if (row.filedDate == null) {
            throw DomainException.invalid("transfer.notFiled");
        }
        if (row.decidedDate != null) {
            throw DomainException.invalid("transfer.alreadyDecided", row.decidedDate);
        }
        return row;
    }

    private CaseRow workableCase(Actor actor, long caseId) {
        CaseScope.workable(actor, cases.findCase(caseId), caseId);
        CaseRow row = cases.findCaseForUpdate(caseId);
        if (row.stage.isTerminal()) {
            throw DomainException.invalid("case.readOnly", row.caseNo);
        }
        return row;
    }

    private CaseRow handlerCase(Actor actor, long caseId) {
        CaseRow row = workableCase(actor, caseId);
        if (!handlerIds(caseId).contains(actor.userId())) {
            throw DomainException.forbidden("transfer.handlersOnly");
        }
        return row;
    }

    private CaseTransfer lock(long transferId) {
        CaseTransfer t = mapper.transferForUpdate(transferId);
        if (t == null) {
            throw DomainException.notFound("transfer.notFound", transferId);
        }
        return t;
    }

    private List<Long> handlerIds(long caseId) {
        return cases.findHandlers(caseId).stream().map(h -> h.userId).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** An act done after its time limit, as the record states it: "【逾期决定，期限 …】…" (decision 0033). */
    private static StoredText late(boolean late, String key, Object due, StoredText text) {
        return late ? StoredText.of(key, due, text) : text;
    }
}
