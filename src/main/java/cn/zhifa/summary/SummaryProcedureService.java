package cn.zhifa.summary;

import cn.zhifa.shared.RunningNumber;
import cn.zhifa.shared.StoredText;
import cn.zhifa.organization.Action;
import cn.zhifa.organization.RequiresPermission;
import cn.zhifa.calendar.Period;
import cn.zhifa.calendar.StatutoryPeriod;
import cn.zhifa.calendar.StatutoryPeriods;
import cn.zhifa.calendar.WorkingDayCalendar;
import cn.zhifa.casefile.CaseClockService;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.ExecutionService;
import cn.zhifa.casefile.IdType;
import cn.zhifa.casefile.LeadSource;
import cn.zhifa.casefile.OutcomeType;
import cn.zhifa.casefile.Party;
import cn.zhifa.casefile.PartyKind;
import cn.zhifa.casefile.SummaryCaseOpening;
import cn.zhifa.notification.NotificationService;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.Certificate;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.Role;
import cn.zhifa.organization.Unit;
import cn.zhifa.organization.UserAccount;
import cn.zhifa.shared.DomainException;
import cn.zhifa.summary.internal.SummaryMapper;
import cn.zhifa.summary.internal.SummaryRow;
import cn.zhifa.summary.process.SummaryProcedure;
import cn.zhifa.summary.process.SummaryProcedureEngine;
import cn.zhifa.tasks.InboxService;
import cn.zhifa.tasks.InboxTask;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 简易程序 (行政处罚法 Art. 51–53, 68–71): an on-the-spot decision in one step — every legal gate checked before
 * anything is written, a serial decision number per unit and year (no gaps, no duplicates under concurrency), the
 * case stored as procedure SUMMARY, then the hand-in of collected fines (2 working days, Art. 71) and the filing for
 * the record (备案, {@link StatutoryPeriod#SUMMARY_FILING}) as tasks with late warnings from the engine.
 */
@Service
public class SummaryProcedureService {

    /** Art. 71: the officer hands collected cash to the agency within 2 days (working days, Art. 85). */
    public static final Period HAND_IN = Period.workingDays(2);

    private final SummaryMapper mapper;
    private final CaseFileService cases;
    private final OrganizationService organization;
    private final StatutoryPeriods periods;
    private final WorkingDayCalendar calendar;
    private final SummaryProcedureEngine engine;
    private final InboxService inbox;
    private final NotificationService notifications;
    private final ExecutionService execution;
    private final CaseClockService caseClock;
    private final Clock clock;

    public SummaryProcedureService(SummaryMapper mapper, CaseFileService cases, OrganizationService organization,
            StatutoryPeriods periods, WorkingDayCalendar calendar, SummaryProcedureEngine engine, InboxService inbox,
            NotificationService notifications, ExecutionService execution, CaseClockService caseClock, Clock clock) {
        this.execution = execution;
        this.caseClock = caseClock;
        this.mapper = mapper;
        this.cases = cases;
        this.organization = organization;
        this.periods = periods;
        this.calendar = calendar;
        this.engine = engine;
        this.inbox = inbox;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** 当场处罚: checks every condition, numbers and stores the decision, starts hand-in and 备案. */
    @RequiresPermission(Action.SUMMARY_DECIDE)
    @Transactional
    public SummaryCase decide(Actor actor, OnTheSpotPenalty p) {
        if (!actor.has(Role.OFFICER)) {
            throw DomainException.forbidden("summary.notOfficer");
        }
        if (p == null) {
            throw DomainException.invalid("field.required", "penalty");
        }
        BigDecimal fine = SummaryRules.checkPenalty(p.partyKind(), p.penalty(), p.fine());
        if (!p.factsConclusive()) {
            throw DomainException.invalid("summary.factsNotConclusive");
        }
        require(p.partyName(), "partyName", 100);
        require(p.violation(), "violation", 2000);
        require(p.legalBasis(), "legalBasis", 2000);
        require(p.place(), "place", 200);
        if (!p.certificatesShown()) {
            throw DomainException.invalid("summary.certificatesNotShown");
        }
        boolean statementGiven = p.statement() != null && !p.statement().isBlank();
        if (!statementGiven && !p.statementRefused()) {
            throw DomainException.invalid("summary.statementMissing");
        }
        SummaryRules.checkCollection(p.penalty(), fine, p.collectOnSpot(), p.collectionReason(), p.receiptNo());
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        if (p.actDate() != null && p.actDate().isAfter(today)) {
            throw DomainException.invalid("date.inFuture", "actDate");
        }
        if (p.itemId() != null && !organization.item(p.itemId()).active()) {
            throw DomainException.invalid("item.inactive");
        }
        List<Long> officers = List.of(actor.userId(), p.secondOfficerId());
        organization.requireQualifiedHandlers(officers, actor.unitId(), today);
        List<String> certs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (UserAccount u : organization.usersByIds(officers)) {
            names.add(u.displayName());
            organization.certificates(u.id()).stream().filter(c -> c.isValidOn(today)).findFirst()
                    .map(Certificate::certNo).ifPresent(no -> certs.add(u.displayName() + " " + no));
        }
        Unit unit = organization.unit(actor.unitId());
        int year = today.getYear();
        int seq = nextNumber(unit.id(), year);
        String decisionNo = String.format("%s当罚〔%d〕第%04d号", unit.caseNumberPrefix(), year, seq);
        IdType idType = p.idType() != null ? p.idType()
                : p.partyKind() == PartyKind.ORGANIZATION ? IdType.CREDIT_CODE : IdType.ID_CARD;
        Party party = new Party(p.partyKind(), p.partyName().trim(), idType, p.idNo(), p.phone(), null);
        long caseId = cases.openSummaryCase(actor, new SummaryCaseOpening(unit.id(), decisionNo, year, seq,
                p.source() == null ? LeadSource.INSPECTION : p.source(), p.violation().trim(), p.place().trim(),
                p.itemId(), party, p.actDate(), now, officers,
                p.penalty() == PenaltyKind.WARNING ? OutcomeType.WARNING : OutcomeType.FINE, fine,
                statementGiven ? p.statement().trim() : null, !statementGiven, p.collectOnSpot()));
        SummaryRow row = new SummaryRow();
        row.caseId = caseId;
        row.unitId = unit.id();
        row.decisionNo = decisionNo;
        row.seqYear = year;
        row.seqNo = seq;
        row.partyKind = p.partyKind().name();
        row.penalty = p.penalty().name();
        row.fine = fine;
        row.violation = p.violation().trim();
        row.legalBasis = p.legalBasis().trim();
        row.place = p.place().trim();
        row.decidedAt = now;
        row.officerIds = officers.stream().map(String::valueOf).collect(Collectors.joining(","));
        row.officers = String.join("、", names);
        row.certificates = String.join("；", certs);
        row.statement = statementGiven ? p.statement().trim() : null;
        row.statementRefused = !statementGiven;
        row.partySigned = p.partySigned();
        row.agencyName = agencyName(unit);
        row.remedy = "如不服本决定，可以在收到本决定书之日起六十日内依法申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。";
        row.collected = p.collectOnSpot();
        row.collectionReason = p.collectOnSpot() ? p.collectionReason().name() : null;
        row.receiptNo = p.collectOnSpot() ? p.receiptNo().trim() : null;
        row.handInDue = p.collectOnSpot() ? calendar.due(today, HAND_IN).date() : null;
        row.filingDue = periods.dueFrom(today, StatutoryPeriod.SUMMARY_FILING).date();
        row.complaintId = p.complaintId();
        mapper.insert(row);
        cases.attachSummaryProcess(caseId, engine.start(caseId, unit.id(), p.collectOnSpot()));
        return toCase(mapper.find(caseId));
    }

    @Transactional(readOnly = true)
    public SummaryCase get(Actor actor, long caseId) {
        SummaryRow r = mapper.find(caseId);
        if (r == null || !(actor.seesAllUnits() || r.unitId == actor.unitId())) {
            throw DomainException.notFound("case.notFound", caseId);
        }
        return toCase(r);
    }

    /** Summary decisions that settled a complaint. */
    @Transactional(readOnly = true)
    public List<SummaryCase> ofComplaint(long complaintId) {
        return mapper.ofComplaint(complaintId).stream().map(SummaryProcedureService::toCase).toList();
    }

    /** 罚款上交: the collected cash was handed to the agency (a handler of the case). */
    @RequiresPermission(Action.SUMMARY_FOLLOW_UP)
    @Transactional
    public SummaryCase handIn(Actor actor, long caseId) {
        String taskId = lockStep(actor, caseId, SummaryProcedure.TASK_HAND_IN).taskId();
        LocalDate today = LocalDate.now(clock);
        mapper.recordHandIn(caseId, today);
        cases.noteSummaryStep(caseId, "SUMMARY_HANDED_IN", actor.userId(), today.toString());
        return complete(caseId, taskId);
    }

    /** 备案: the decision was filed for the record with the agency; late filing is recorded as such. */
    @RequiresPermission(Action.SUMMARY_FOLLOW_UP)
    @Transactional
    public SummaryCase fileRecord(Actor actor, long caseId) {
        OpenStep step = lockStep(actor, caseId, SummaryProcedure.TASK_FILE_RECORD);
        String taskId = step.taskId();
        SummaryRow locked = step.row();
        LocalDate today = LocalDate.now(clock);
        boolean late = today.isAfter(locked.filingDue);
        mapper.recordFiling(caseId, today, actor.userId(), late);
        cases.noteSummaryStep(caseId, late ? "SUMMARY_FILED_LATE" : "SUMMARY_FILED", actor.userId(),
                today + (late ? " > " + locked.filingDue : ""));
        engine.complete(taskId);
        if (!locked.collected) {
            caseClock.refresh(caseId); // a fine paid later: the execution task may have opened, its countdown (0031)
        }
        return toCase(mapper.find(caseId));
    }

    /**
     * 执行完毕: a fine not collected on the spot (paid later at the bank, Art. 67) has been paid in full, its execution
     * lawfully terminated or concluded through the people's court — then the case closes. Refused otherwise exactly
     * like the ordinary case's closing ({@code closing.executionNotSettled}, what is outstanding), nothing changed.
     * Payments, 催告 and the court are recorded by the ordinary case's {@link ExecutionService} (decision 0031).
     */
    @RequiresPermission(Action.SUMMARY_FOLLOW_UP)
    @Transactional
    public SummaryCase endExecution(Actor actor, long caseId) {
        String taskId = lockStep(actor, caseId, SummaryProcedure.TASK_PAY_AT_BANK).taskId();
        execution.requireSettled(caseId);
        cases.noteSummaryStep(caseId, "SUMMARY_EXECUTION_ENDED", actor.userId(), LocalDate.now(clock).toString());
        return complete(caseId, taskId);
    }

    /** Engine: whether the case may close as far as the fine goes (nothing to execute, or settled). */
    @Transactional(readOnly = true)
    public boolean executionSettled(long caseId) {
        return execution.settled(caseId);
    }

    /** Engine: the hand-in ({@code filing=false}) or 备案 deadline passed with the task still open. */
    @Transactional
    public void warnLate(long caseId, boolean filing) {
        SummaryRow r = mapper.find(caseId);
        if (r == null) {
            return;
        }
        LocalDate due = filing ? r.filingDue : r.handInDue;
        if (filing) {
            mapper.markLate(caseId);
        }
        List<Long> users = new ArrayList<>();
        for (String id : r.officerIds.split(",")) {
            users.add(Long.valueOf(id.trim()));
        }
        organization.users(r.unitId).stream().filter(u -> u.enabled() && u.toActor().isHead())
                .forEach(u -> users.add(u.id()));
        notifications.notify(users, caseId, NotificationService.DEADLINE_OVERDUE,
                filing ? "SUMMARY_FILING" : "SUMMARY_HAND_IN", due, StoredText.of("text.overdue", r.decisionNo,
                        StoredText.label(filing ? "text.summary.filing" : "text.summary.handIn"), due));
        cases.noteSummaryStep(caseId, filing ? "SUMMARY_FILING_OVERDUE" : "SUMMARY_HAND_IN_OVERDUE", null,
                StoredText.of("text.spaced", StoredText.label(filing ? "text.summary.filing" : "text.summary.handIn"),
                        due).stored());
    }

    /** Engine: both follow-ups done. */
    @Transactional
    public void close(long caseId) {
        SummaryRow r = mapper.find(caseId);
        cases.closeSummaryCase(caseId, r.filedBy, r.decisionNo);
    }

    /** [hand-in due, filing due] of a case, for the engine's timers. */
    @Transactional(readOnly = true)
    public LocalDate[] dueDates(long caseId) {
        SummaryRow r = mapper.find(caseId);
        return r == null ? new LocalDate[2] : new LocalDate[] {r.handInDue, r.filingDue};
    }

    /** Counts by procedure and stage (all cases) and summary decisions by penalty, in the actor's data scope. */
    @Transactional(readOnly = true)
    public Map<String, Object> statistics(Actor actor, LocalDate from, LocalDate to) {
        Long unit = actor.seesAllUnits() ? null : actor.unitId();
        LocalDateTime f = from == null ? null : from.atStartOfDay();
        LocalDateTime t = to == null ? null : to.plusDays(1).atStartOfDay();
        Map<String, Map<String, Long>> byProcedure = new LinkedHashMap<>();
        for (Map<String, Object> m : lower(mapper.casesByProcedure(unit, f, t))) {
            byProcedure.computeIfAbsent((String) m.get("procedure_type"), k -> new LinkedHashMap<>())
                    .merge((String) m.get("stage"), ((Number) m.get("n")).longValue(), Long::sum);
        }
        Map<String, Long> byPenalty = new LinkedHashMap<>();
        long collected = 0;
        long filedLate = 0;
        BigDecimal total = BigDecimal.ZERO;
        for (Map<String, Object> m : lower(mapper.decisionsByPenalty(unit, f, t))) {
            long n = ((Number) m.get("n")).longValue();
            byPenalty.merge((String) m.get("penalty"), n, Long::sum);
            if (truthy(m.get("collected"))) {
                collected += n;
            }
            if (truthy(m.get("filing_late"))) {
                filedLate += n;
            }
            if (m.get("total") != null) {
                total = total.add(new BigDecimal(m.get("total").toString()));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("casesByProcedureAndStage", byProcedure);
        out.put("summaryByPenalty", byPenalty);
        out.put("summaryCollectedOnSpot", collected);
        out.put("summaryFilingLate", filedLate);
        out.put("summaryFinesTotal", total);
        return out;
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    /**
     * The unit's next decision number of the year: a row per unit and year incremented in this transaction, so a
     * concurrent decision waits on the row lock — no gaps, no duplicates.
     */
    int nextNumber(long unitId, int year) {
        return RunningNumber.take(new RunningNumber(unitId, null, year), mapper::bumpNumber,
                () -> mapper.insertNumber(unitId, year));
    }

    private record OpenStep(String taskId, SummaryRow row) {
    }

    /** A follow-up step of the case: readable by the actor, its task open and locked, the decision row locked. */
    private OpenStep lockStep(Actor actor, long caseId, String taskKey) {
        get(actor, caseId);
        String taskId = openTask(actor, caseId, taskKey);
        return new OpenStep(taskId, mapper.findForUpdate(caseId));
    }

    private SummaryCase complete(long caseId, String taskId) {
        engine.complete(taskId);
        return toCase(mapper.find(caseId));
    }

    private String openTask(Actor actor, long caseId, String taskKey) {
        String taskId = inbox.openTasksOfCase(caseId).stream().filter(t -> taskKey.equals(t.taskKey()))
                .map(InboxTask::taskId).findFirst()
                .orElseThrow(() -> DomainException.conflict("summary.stepNotOpen"));
        inbox.lockForCompletion(actor, taskId);
        return taskId;
    }

    private String agencyName(Unit unit) {
        if (unit.kind() == Unit.UnitKind.TEAM && unit.parentId() != null) {
            return organization.unit(unit.parentId()).name();
        }
        return unit.name();
    }

    private static void require(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid("field.required", field);
        }
        if (value.length() > max) {
            throw DomainException.invalid("field.tooLong", field, max);
        }
    }

    private static boolean truthy(Object o) {
        return o instanceof Boolean b ? b : o instanceof Number n && n.intValue() != 0;
    }

    private static List<Map<String, Object>> lower(List<Map<String, Object>> rows) {
        return rows.stream().map(m -> m.entrySet().stream().collect(Collectors.toMap(
                e -> e.getKey().toLowerCase(Locale.ROOT), e -> e.getValue() == null ? "" : e.getValue(),
                (a, b) -> a, LinkedHashMap::new))).map(m -> {
                    m.replaceAll((k, v) -> "".equals(v) ? null : v);
                    return (Map<String, Object>) m;
                }).toList();
    }

    static SummaryCase toCase(SummaryRow r) {
        return new SummaryCase(r.caseId, r.unitId, r.decisionNo, PartyKind.valueOf(r.partyKind), r.partyName,
                PenaltyKind.valueOf(r.penalty), r.fine, r.violation, r.legalBasis, r.place, r.decidedAt, r.officers,
                r.certificates, r.statement, r.statementRefused, r.partySigned, r.remedy, r.agencyName, r.collected,
                r.collectionReason == null ? null : CollectionReason.valueOf(r.collectionReason), r.receiptNo,
                r.handInDue, r.handedInDate, r.filingDue, r.filedDate, r.filingLate, r.complaintId, r.stage);
    }
}
