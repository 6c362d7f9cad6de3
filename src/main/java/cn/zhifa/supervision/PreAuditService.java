package cn.zhifa.supervision;

import cn.zhifa.calendar.DeadlineLight;
import cn.zhifa.casefile.CaseDeadline;
import cn.zhifa.casefile.CaseDocument;
import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.CaseFileView;
import cn.zhifa.casefile.CaseStage;
import cn.zhifa.casefile.DeadlineKind;
import cn.zhifa.casefile.Handler;
import cn.zhifa.casefile.OutcomeType;
import cn.zhifa.casefile.Preservation;
import cn.zhifa.casefile.PreservationOutcome;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.Certificate;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.Role;
import cn.zhifa.organization.Standing;
import cn.zhifa.organization.UserAccount;
import cn.zhifa.record.RecordService;
import cn.zhifa.review.LegalReviewService;
import cn.zhifa.review.ReviewViews;
import cn.zhifa.record.Verification;
import cn.zhifa.supervision.internal.CaseAuditRow;
import cn.zhifa.supervision.internal.FindingRow;
import cn.zhifa.supervision.internal.SupervisionMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Automatic pre-audit (自动预审): derives findings from a case's own data — its dates against its deadlines, handlers
 * and their certificates, documents, the gates' flags (notice, legal review, deliberation), payment, preservations
 * and the full-process record's verification — each mapped to a rubric item with a proposed deduction. The findings
 * of a case are replaced whenever the case changes ({@link PreAuditTrigger}); reading them never needs an audit run.
 */
@Service
public class PreAuditService {

    /** The pre-audit reads every case as a supervisor would (all units, read only); it never acts. */
    static final Actor SYSTEM = new Actor(0L, "system", "系统预审", 0L, Set.of(Role.SUPERVISOR));
    /** A handler without an account: no certificates, and counted as not an officer. */
    private static final Standing NO_STANDING = new Standing(null, List.of());

    private static final Set<OutcomeType> PENALTIES = Set.of(OutcomeType.WARNING, OutcomeType.FINE,
            OutcomeType.CONFISCATION, OutcomeType.SUSPENSION, OutcomeType.REVOCATION);

    private final SupervisionMapper mapper;
    private final CaseFileService cases;
    private final RecordService records;
    private final OrganizationService organization;
    private final LegalReviewService reviews;
    private final Clock clock;

    PreAuditService(SupervisionMapper mapper, CaseFileService cases, RecordService records,
            OrganizationService organization, LegalReviewService reviews, Clock clock) {
        this.mapper = mapper;
        this.cases = cases;
        this.records = records;
        this.organization = organization;
        this.reviews = reviews;
        this.clock = clock;
    }

    /**
     * Audits the case now, verifying its record and stored files too, and replaces its stored findings (in the
     * caller's transaction).
     */
    @Transactional
    public List<Finding> audit(long caseId) {
        return audit(caseId, true);
    }

    /**
     * {@code verifyRecord} false (the incremental audit after a step): the record's chain and stored files are not
     * re-hashed — that is the full audit's job, as re-hashing every video on every step would be — and the record
     * findings of the last full check are kept.
     */
    private List<Finding> audit(long caseId, boolean verifyRecord) {
        long started = System.nanoTime();
        CaseFileView view = cases.auditView(SYSTEM, caseId);
        Verification verification = verifyRecord ? records.check(caseId) : null;
        // the handlers' accounts and certificates: one query for all of them, the one the step's check made
        Map<Long, Standing> standings = organization.standingsOf(view.handlers().stream().map(Handler::userId).toList());
        List<Derived> derived = new ArrayList<>(derive(view, verification,
                id -> standings.getOrDefault(id, NO_STANDING).certificates(),
                id -> isAuxiliary(standings.getOrDefault(id, NO_STANDING).account())));
        // the audit row says how many findings are stored and which review outcomes: no read of either when none
        CaseAuditRow head = mapper.caseAudit(caseId);
        List<FindingRow> stored = head == null || head.findings == 0 ? List.of() : mapper.findings(caseId);
        if (!verifyRecord) {
            derived.addAll(0, stored.stream().filter(kept -> FindingKind.RECORD_BROKEN.name().equals(kept.kind)
                    || FindingKind.EVIDENCE_FILE_MISSING.name().equals(kept.kind))
                    .map(kept -> new Derived(FindingKind.valueOf(kept.kind), kept.detail)).toList());
        }
        LocalDateTime now = LocalDateTime.now(clock);
        long unitId = view.caseFile().unitId();
        List<FindingRow> rows = derived.stream().map(d -> row(caseId, unitId, d, now)).toList();
        boolean changed = !sameFindings(stored, rows);
        if (changed) { // most steps change nothing the pre-audit sees: no rewrite then
            mapper.deleteFindings(caseId);
            rows.forEach(mapper::insertFinding);
            stored = rows;
        }
        List<Finding> out = stored.stream().map(PreAuditService::toFinding).toList();
        BigDecimal total = out.stream().map(Finding::deduction).reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean veto = out.stream().anyMatch(Finding::veto);
        String keys = reviewOutcomes(caseId, unitId, head);
        String kept = keys.length() > CaseAuditRow.MAX_REVIEW_KEYS ? null : keys; // null: read the outcomes
        // the audit row: written when something changed, on a full audit, or the first time — an incremental audit
        // that finds what it found before writes nothing (a read-only transaction)
        if (changed || verifyRecord || head == null || !java.util.Objects.equals(kept, head.reviewKeys)) {
            int millis = (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - started) / 1_000_000);
            if (head == null
                    || mapper.updateCaseAudit(caseId, unitId, now, out.size(), total, veto, millis, kept) == 0) {
                mapper.insertCaseAudit(caseId, unitId, now, out.size(), total, veto, millis, kept);
            }
        }
        return out;
    }

    /**
     * The cockpit's legal-review outcomes of the case follow its reviewed rounds (rewritten when they differ from
     * those the audit row names, or from the stored outcomes when it names none); returns their keys.
     */
    private String reviewOutcomes(long caseId, long unitId, CaseAuditRow head) {
        List<ReviewViews.Round> reviewed = reviews.rounds(caseId).stream()
                .filter(r -> r.reviewedAt() != null && r.outcome() != null).toList();
        String keys = reviewed.stream().map(r -> r.roundNo() + "|" + unitId + "|" + r.outcome().name() + "|"
                + r.reviewedAt().toLocalDate()).collect(Collectors.joining(";"));
        String stored = head != null && head.reviewKeys != null ? head.reviewKeys
                : String.join(";", mapper.reviewOutcomeKeys(caseId));
        if (!keys.equals(stored)) {
            mapper.deleteReviewOutcomes(caseId);
            for (ReviewViews.Round round : reviewed) {
                mapper.insertReviewOutcome(caseId, round.roundNo(), unitId, round.outcome().name(),
                        round.reviewedAt().toLocalDate());
            }
        }
        return keys;
    }

    private static FindingRow row(long caseId, long unitId, Derived d, LocalDateTime now) {
        FindingRow r = new FindingRow();
        r.caseId = caseId;
        r.unitId = unitId;
        r.kind = d.kind().name();
        r.itemCode = d.kind().itemCode();
        r.deduction = d.kind().deduction();
        r.veto = d.kind().veto();
        r.detail = d.detail() == null ? null : d.detail().substring(0, Math.min(500, d.detail().length()));
        r.foundAt = now;
        return r;
    }

    /** The same findings in the same order (kind, unit and detail; the rest follows from the kind). */
    private static boolean sameFindings(List<FindingRow> stored, List<FindingRow> derived) {
        if (stored.size() != derived.size()) {
            return false;
        }
        for (int i = 0; i < stored.size(); i++) {
            FindingRow a = stored.get(i);
            FindingRow b = derived.get(i);
            if (!a.kind.equals(b.kind) || a.unitId != b.unitId || !java.util.Objects.equals(a.detail, b.detail)
                    || a.deduction.compareTo(b.deduction) != 0) {
                return false;
            }
        }
        return true;
    }

    /** {@link #audit} in a transaction of its own (the full re-audit job). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public List<Finding> auditSeparately(long caseId) {
        return audit(caseId, true);
    }

    /**
     * The incremental audit in the step's own transaction, just before it commits ({@link PreAuditTrigger}): not
     * transactional itself, so a failure here is the trigger's to log (a database error inside the case services it
     * reads through, which join the step's transaction, still marks the step for rollback).
     */
    public List<Finding> auditInStep(long caseId) {
        return audit(caseId, false);
    }

    /** The incremental audit after a step, in a transaction of its own: the record is not re-hashed. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public List<Finding> auditChanged(long caseId) {
        return audit(caseId, false);
    }

    /**
     * The stored findings of a case the actor may read (handlers see their own case's findings: 自查). A case never
     * audited yet is audited first.
     */
    @Transactional
    public List<Finding> findings(Actor actor, long caseId) {
        cases.get(actor, caseId); // data scope: not found outside it
        CaseAuditRow head = mapper.caseAudit(caseId);
        if (head == null) {
            return audit(caseId);
        }
        return (head.findings == 0 ? List.<FindingRow>of() : mapper.findings(caseId)).stream()
                .map(PreAuditService::toFinding).toList();
    }

    /** The stored findings without access control (plans, scoring: the callers checked access). */
    @Transactional(readOnly = true)
    public List<Finding> stored(long caseId) {
        return mapper.findings(caseId).stream().map(PreAuditService::toFinding).toList();
    }

    static Finding toFinding(FindingRow r) {
        return new Finding(r.id, r.caseId, r.unitId, FindingKind.valueOf(r.kind), r.itemCode, r.deduction, r.veto,
                r.detail, r.foundAt);
    }

    /** Not an officer (or an auxiliary, or unknown): cannot act as a certified handler. */
    private static boolean isAuxiliary(UserAccount u) {
        return u == null || u.roles().contains(Role.AUXILIARY) || !u.roles().contains(Role.OFFICER);
    }

    /** One derived finding before it is stored. */
    record Derived(FindingKind kind, String detail) {
    }

    /**
     * The rules, as a pure function of the case's data (unit-testable): which findings the case carries. Ordinary
     * procedure cases get every check; summary cases the checks that apply to them (handlers, record).
     */
    static List<Derived> derive(CaseFileView view, Verification verification,
            Function<Long, List<Certificate>> certificates, Function<Long, Boolean> auxiliary) {
        CaseFile c = view.caseFile();
        List<Derived> out = new ArrayList<>();
        boolean ordinary = "ORDINARY".equals(c.procedureType());
        Map<DeadlineKind, CaseDeadline> deadlines = new EnumMap<>(DeadlineKind.class);
        for (CaseDeadline d : view.deadlines()) {
            deadlines.put(d.kind(), d);
        }
        Set<String> docs = view.documents().stream().map(CaseDocument::docType).collect(Collectors.toSet());
        LocalDate filed = c.filedDate();
        LocalDate decided = c.decidedDate();
        LocalDate served = c.servedDate();
        LocalDate closed = c.closedDate();
        boolean closedOrArchived = c.stage() == CaseStage.ARCHIVED || c.stage() == CaseStage.CLOSING;

        // 主体与人员: two handlers with a certificate valid on the day they acted (filing; summary: the decision)
        LocalDate actDay = ordinary ? filed : decided;
        if (actDay != null && c.stage() != CaseStage.NOT_FILED) {
            if (view.handlers().size() < 2) {
                out.add(new Derived(FindingKind.HANDLERS_UNDER_TWO, "承办人" + view.handlers().size() + "名"));
            }
            for (Handler h : view.handlers()) {
                boolean valid = !auxiliary.apply(h.userId())
                        && certificates.apply(h.userId()).stream().anyMatch(cert -> cert.isValidOn(actDay));
                if (!valid) {
                    out.add(new Derived(FindingKind.HANDLER_UNCERTIFIED, h.name() + "：" + actDay + "无有效执法证"));
                }
            }
        }

        // the record and the stored files
        if (verification != null && verification.firstBrokenEntry() != null) {
            out.add(new Derived(FindingKind.RECORD_BROKEN, "第" + verification.firstBrokenEntry().seq() + "条记录："
                    + verification.firstBrokenEntry().problem()));
        }
        if (verification != null && verification.firstBadArtifact() != null) {
            out.add(new Derived(FindingKind.EVIDENCE_FILE_MISSING, verification.firstBadArtifact().path()));
        }
        if (!ordinary) {
            return out;
        }

        // 立案
        CaseDeadline verify = deadlines.get(DeadlineKind.VERIFICATION);
        if (filed != null && verify != null && filed.isAfter(verify.due())) {
            out.add(new Derived(FindingKind.LATE_FILING, "立案日期" + filed + "，核查期限" + verify.due()));
        }
        if (filed != null && !docs.contains("FILING_APPROVAL_FORM")) {
            out.add(new Derived(FindingKind.FILING_APPROVAL_MISSING, "缺少立案审批表"));
        }

        // 事实与证据
        boolean reported = c.proposedOutcome() != null || docs.contains("INVESTIGATION_REPORT");
        if (reported && !docs.contains("INVESTIGATION_RECORD") && !docs.contains("INTERVIEW_RECORD")) {
            out.add(new Derived(FindingKind.INVESTIGATION_RECORD_MISSING, "无现场检查笔录或询问笔录"));
        }
        for (Preservation p : view.preservations()) {
            if (p.outcome() == PreservationOutcome.LAPSED) {
                out.add(new Derived(FindingKind.PRESERVATION_LAPSED, "先行登记保存" + p.startedDate() + "起，期满"
                        + p.dueDate() + "未处理"));
            }
        }

        // 程序
        boolean penalty = c.decidedOutcome() != null && PENALTIES.contains(c.decidedOutcome());
        if (decided != null && penalty && c.noticeServedDate() == null) {
            out.add(new Derived(FindingKind.NO_ADVANCE_NOTICE, "作出处罚决定前未送达事先告知书"));
        }
        if (decided != null && (filed == null || decided.isBefore(filed))) {
            out.add(new Derived(FindingKind.PROCEDURE_INVERTED, "决定日期" + decided + "，立案日期" + filed));
        }
        if (decided != null && c.major() && !c.legalReviewPassed()) {
            out.add(new Derived(FindingKind.LEGAL_REVIEW_SKIPPED, "重大执法决定未经法制审核通过"));
        }
        if (decided != null && c.deliberationRequired() && blank(c.deliberationResolution())) {
            out.add(new Derived(FindingKind.DELIBERATION_SKIPPED, "应集体讨论而无集体讨论决定"));
        }
        CaseDeadline statement = deadlines.get(DeadlineKind.STATEMENT);
        if (decided != null && penalty && statement != null && !decided.isAfter(statement.due())
                && !Boolean.TRUE.equals(c.statementWaived()) && blank(c.statementSummary())) {
            out.add(new Derived(FindingKind.STATEMENT_PERIOD_CUT, "决定日期" + decided + "，陈述申辩期至"
                    + statement.due()));
        }
        CaseDeadline decision = deadlines.get(DeadlineKind.DECISION);
        if (decided != null && decision != null && decided.isAfter(decision.due())) {
            out.add(new Derived(FindingKind.LATE_DECISION, "决定日期" + decided + "，决定期限" + decision.due()));
        }
        for (CaseDeadline d : view.deadlines()) {
            if (d.open() && d.light() == DeadlineLight.RED) {
                out.add(new Derived(FindingKind.STEP_OVERDUE, d.kind().name() + "期限" + d.due() + "已过"));
            }
        }

        // 法律适用与裁量
        boolean money = positive(c.decidedFine()) || positive(c.decidedConfiscation());
        if (decided != null && money && blank(c.discretionReason())) {
            out.add(new Derived(FindingKind.DISCRETION_REASON_MISSING, "罚没决定未说明裁量理由"));
        }

        // 文书
        if (decided != null && c.decidedOutcome() != OutcomeType.TRANSFER && !docs.contains("DECISION")) {
            out.add(new Derived(FindingKind.DECISION_DOCUMENT_MISSING, "缺少决定书"));
        }
        if (reported && !docs.contains("INVESTIGATION_REPORT")) {
            out.add(new Derived(FindingKind.STAGE_DOCUMENT_MISSING, "缺少案件调查终结报告"));
        }
        if (c.noticeServedDate() != null && !docs.contains("ADVANCE_NOTICE")) {
            out.add(new Derived(FindingKind.STAGE_DOCUMENT_MISSING, "缺少行政处罚事先告知书"));
        }
        if (served != null && !docs.contains("SERVICE_RECEIPT")) {
            out.add(new Derived(FindingKind.STAGE_DOCUMENT_MISSING, "缺少送达回证"));
        }
        if (c.stage() == CaseStage.ARCHIVED && closed != null && !docs.contains("CLOSING_APPROVAL_FORM")) {
            out.add(new Derived(FindingKind.STAGE_DOCUMENT_MISSING, "缺少结案审批表"));
        }

        // 送达与执行
        CaseDeadline service = deadlines.get(DeadlineKind.SERVICE);
        if (served != null && service != null && served.isAfter(service.due())) {
            out.add(new Derived(FindingKind.LATE_SERVICE, "送达日期" + served + "，送达期限" + service.due()));
        }
        if (closedOrArchived && positive(c.decidedFine()) && blank(c.executionNote())
                && (c.paidAmount() == null || c.paidAmount().compareTo(c.decidedFine()) < 0)) {
            out.add(new Derived(FindingKind.CLOSED_UNPAID, "罚款" + c.decidedFine() + "，已缴"
                    + (c.paidAmount() == null ? "0" : c.paidAmount().toPlainString())));
        }

        // 归档
        CaseDeadline closing = deadlines.get(DeadlineKind.CLOSING);
        if (closed != null && closing != null && closed.isAfter(closing.due())) {
            out.add(new Derived(FindingKind.LATE_CLOSING, "结案日期" + closed + "，结案期限" + closing.due()));
        }
        return out;
    }

    private static boolean positive(BigDecimal b) {
        return b != null && b.signum() > 0;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
