package cn.zhifa.support;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.CaseStage;
import cn.zhifa.casefile.CaseWorkflowService;
import cn.zhifa.casefile.IdType;
import cn.zhifa.casefile.LeadSource;
import cn.zhifa.casefile.NewLead;
import cn.zhifa.casefile.OutcomeType;
import cn.zhifa.casefile.Party;
import cn.zhifa.casefile.ReviewOutcome;
import cn.zhifa.casefile.ReviewPoint;
import cn.zhifa.casefile.PartyKind;
import cn.zhifa.casefile.ServiceMethod;
import cn.zhifa.casefile.StepPayload;
import cn.zhifa.deliberation.DeliberationService;
import cn.zhifa.deliberation.Meeting;
import cn.zhifa.deliberation.NewMeeting;
import cn.zhifa.deliberation.ResolutionInput;
import cn.zhifa.deliberation.VoteChoice;
import cn.zhifa.deliberation.VoteInput;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.DiscretionBenchmarkService;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.ViolationItem;
import cn.zhifa.tasks.InboxService;
import cn.zhifa.tasks.InboxTask;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Test-data factory: reaches each stage through the real services (never by inserting rows that skip the rules).
 * Uses the demo organisation: officer1..4 certified, head1/head2/principal heads, leader1, reviewer1.
 */
public class CaseFiles {

    public static final BigDecimal FINE = new BigDecimal("500.00");

    private final CaseFileService cases;
    private final CaseWorkflowService workflow;
    private final InboxService inbox;
    private final OrganizationService organization;
    private final Clock clock;
    private final DeliberationService deliberations;
    private final DiscretionBenchmarkService benchmarks;

    CaseFiles(CaseFileService cases, CaseWorkflowService workflow, InboxService inbox,
            OrganizationService organization, Clock clock, DeliberationService deliberations,
            DiscretionBenchmarkService benchmarks) {
        this.deliberations = deliberations;
        this.benchmarks = benchmarks;
        this.cases = cases;
        this.workflow = workflow;
        this.inbox = inbox;
        this.organization = organization;
        this.clock = clock;
    }

    public Actor actor(String username) {
        return organization.findByUsername(username).orElseThrow().toActor();
    }

    /**
     * A new enabled account of the first demo unit that is both head and officer, with a certificate valid today
     * (username {@code prefix} + digits): the caller retires it afterwards (disabled, certificate revoked), else it
     * changes the quorum of later deliberations and shows on the public officers' list.
     */
    public cn.zhifa.organization.UserAccount aHeadWhoIsAnOfficer(String prefix) {
        cn.zhifa.organization.UserAccount u = organization.createUser(actor("admin"), new cn.zhifa.organization.NewUser(
                prefix + System.nanoTime() % 1000000, "password123", "负责人兼执法", actor("officer1").unitId(), null,
                java.util.EnumSet.of(cn.zhifa.organization.Role.HEAD, cn.zhifa.organization.Role.OFFICER)));
        organization.addCertificate(actor("admin"), new cn.zhifa.organization.NewCertificate(u.id(),
                "T" + System.nanoTime(), "城市管理综合执法", today().minusYears(1), today().plusYears(1)));
        return u;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public NewLead lead(String party) {
        return new NewLead(LeadSource.INSPECTION, "巡查发现占道经营：" + party, "朝阳路1号", today(), today(), null,
                List.of(new Party(PartyKind.NATURAL_PERSON, party, IdType.ID_CARD, "110105199001011234",
                        "13800000000", "朝阳路1号")));
    }

    public long item() {
        return organization.items(true).stream().map(ViolationItem::id).findFirst().orElseThrow();
    }

    public CaseFile aLead() {
        return aLead("测试当事人");
    }

    public CaseFile aLead(String party) {
        return cases.registerLead(actor("officer1"), lead(party));
    }

    public InboxTask openTask(long caseId) {
        List<InboxTask> open = inbox.openTasksOfCase(caseId);
        if (open.size() != 1) {
            throw new IllegalStateException("expected one open task, got " + open);
        }
        return open.get(0);
    }

    /**
     * The report as the form makes it: a proposed fine without a stated departure gets the case item's tier (for the
     * party's kind) whose range holds the fine, as the officer would pick it; unchanged when no tier holds it.
     */
    public StepPayload.InvestigationReport tiered(long caseId, StepPayload.InvestigationReport p) {
        if (p.proposedOutcome() != OutcomeType.FINE || p.benchmarkDeparture() || p.benchmarkId() != null) {
            return p;
        }
        cn.zhifa.casefile.CaseFileView v = cases.view(actor("head1"), caseId);
        if (v.caseFile().itemId() == null) {
            return p;
        }
        boolean organisation = v.parties().stream().anyMatch(x -> x.kind() == PartyKind.ORGANIZATION);
        return benchmarks.tiersHolding(v.caseFile().itemId(), organisation, p.fine()).stream().findFirst()
                .map(b -> p.withBenchmark(b.id())).orElse(p);
    }

    public CaseFile step(long caseId, String username, StepPayload payload) {
        return workflow.complete(actor(username), openTask(caseId).taskId(), payload);
    }

    /**
     * Asserts the case's first record entry with {@code action} states {@code texts} in its text (the comment as the
     * zh-CN reader reads it, decision 0033) and names the changed case {@code field} in its details; returns it.
     */
    public cn.zhifa.casefile.StageChange recorded(long caseId, String action, String field, String... texts) {
        cn.zhifa.casefile.StageChange entry = cases.view(actor("head1"), caseId).history().stream()
                .filter(h -> h.action().equals(action)).findFirst()
                .orElseThrow(() -> new AssertionError("no record entry " + action));
        org.assertj.core.api.Assertions.assertThat(entry.text()).contains(texts); // as a zh-CN reader reads it
        org.assertj.core.api.Assertions.assertThat(entry.details()).contains(field);
        return entry;
    }

    public StepPayload.VerifyLead verifyToFile() {
        return new StepPayload.VerifyLead(true, item(), today(),
                List.of(actor("officer1").userId(), actor("officer2").userId()), "核查属实，建议立案");
    }

    public CaseFile aCaseAwaitingFiling() {
        return aCaseAwaitingFiling("测试当事人");
    }

    public CaseFile aCaseAwaitingFiling(String party) {
        CaseFile c = aLead(party);
        return step(c.id(), "officer1", verifyToFile());
    }

    public CaseFile aFiledCase() {
        return aFiledCase("测试当事人");
    }

    /** A case filed for {@code party}: handlers officer1 and officer2, open step 调查取证. */
    public CaseFile aFiledCase(String party) {
        CaseFile c = aCaseAwaitingFiling(party);
        return step(c.id(), "head1", new StepPayload.ApproveFiling(true, "同意立案"));
    }

    public CaseFile aReportedCase(boolean major, boolean deliberation) {
        CaseFile c = aFiledCase();
        step(c.id(), "officer1", new StepPayload.Investigate("当事人占道经营，事实清楚",
                List.of(new StepPayload.DocumentInput("INVESTIGATION_RECORD", "现场检查笔录"))));
        return step(c.id(), "officer1", tiered(c.id(), new StepPayload.InvestigationReport(OutcomeType.FINE, FINE, null,
                "责令立即改正", "一般情形", major, major ? "涉及重大公共利益" : null, deliberation)));
    }

    /**
     * A natural person {@code party} notified of a 6,000-yuan fine (above the hearing threshold) who asked for a
     * hearing, scheduled on {@code hearingDate} (at least 7 working days after today's notice) with officer3 presiding.
     */
    public CaseFile aHearingScheduled(String party, LocalDate hearingDate) {
        CaseFile c = cases.registerLead(actor("officer1"), lead(party));
        step(c.id(), "officer1", verifyToFile());
        step(c.id(), "head1", new StepPayload.ApproveFiling(true, "同意立案"));
        step(c.id(), "officer1", new StepPayload.Investigate("当事人超出门窗外墙经营，事实清楚",
                List.of(new StepPayload.DocumentInput("INVESTIGATION_RECORD", "现场检查笔录"))));
        step(c.id(), "officer1", tiered(c.id(), new StepPayload.InvestigationReport(OutcomeType.FINE,
                new BigDecimal("6000"), null, "责令限期改正", "违法面积较大", false, null, false)));
        step(c.id(), "leader1", new StepPayload.CaseReview(true, false, false, "同意"));
        step(c.id(), "officer1", new StepPayload.AdvanceNotice(today(), ServiceMethod.DIRECT));
        step(c.id(), "officer1", new StepPayload.StatementDefence(false, "当事人申请听证", null, true));
        return step(c.id(), "head1", new StepPayload.ScheduleHearing(actor("officer3").userId(), hearingDate,
                "朝阳街道听证室", today(), List.of("律师甲")));
    }

    public CaseFile aCaseAtNotice() {
        CaseFile c = aReportedCase(false, false);
        return step(c.id(), "leader1", new StepPayload.CaseReview(true, false, false, "同意"));
    }

    public CaseFile aCaseAtStatement() {
        CaseFile c = aCaseAtNotice();
        return step(c.id(), "officer1", new StepPayload.AdvanceNotice(today(), ServiceMethod.DIRECT));
    }

    public CaseFile aCaseAtDecision() {
        CaseFile c = aCaseAtStatement();
        return step(c.id(), "officer1", new StepPayload.StatementDefence(true, null, null));
    }

    /** A case flagged major, notified, the party heard (waived): waiting at 法制审核. */
    public CaseFile aCaseAtLegalReview() {
        CaseFile c = aReportedCase(true, false);
        step(c.id(), "leader1", new StepPayload.CaseReview(true, false, false, "同意"));
        step(c.id(), "officer1", new StepPayload.AdvanceNotice(today(), ServiceMethod.DIRECT));
        return step(c.id(), "officer1", new StepPayload.StatementDefence(true, null, null));
    }

    /** A case whose open step is 集体讨论 (marked for deliberation in the report, no legal review). */
    public CaseFile aCaseAtDeliberation() {
        CaseFile c = aReportedCase(false, true);
        step(c.id(), "leader1", new StepPayload.CaseReview(true, false, false, "同意"));
        step(c.id(), "officer1", new StepPayload.AdvanceNotice(today(), ServiceMethod.DIRECT));
        return step(c.id(), "officer1", new StepPayload.StatementDefence(true, null, null));
    }

    /** The 118号 checklist with every point passed except {@code problems} (each with a remark). */
    public static List<StepPayload.CheckPoint> checklist(ReviewPoint... problems) {
        List<ReviewPoint> bad = List.of(problems);
        return java.util.Arrays.stream(ReviewPoint.values()).map(p -> new StepPayload.CheckPoint(p,
                !bad.contains(p), bad.contains(p) ? "问题：" + p.name() : null)).toList();
    }

    /**
     * A legal-review round by {@code reviewer}: AGREE with a clean checklist, otherwise with the problem points. The
     * fixture's cases carry no evidence files, so an agreement is made with the reviewer's confirmation of that gap
     * (refused without it — {@code LegalReviewIT.agreementOverGapsNeedsTheReviewersConfirmation}).
     */
    public CaseFile legalReview(long caseId, String reviewer, ReviewOutcome outcome, ReviewPoint... problems) {
        return step(caseId, reviewer, new StepPayload.LegalReview(outcome, checklist(problems),
                outcome == ReviewOutcome.AGREE ? "经审核，同意承办人意见" : "审核意见：" + outcome,
                outcome == ReviewOutcome.AGREE));
    }

    /** The demo heads who attend a meeting run by {@link #deliberate}. */
    public static final List<String> HEADS = List.of("head1", "head2", "principal");

    /**
     * Passes 集体讨论 the one way it can be passed: head1 convenes a meeting with the case on the agenda, the demo
     * heads attend (any other head of the unit is recorded absent), each agrees with the handling proposal, the
     * principal head adopts it as the resolution, every present head confirms the minutes and head1 completes the
     * step. Returns the case at the decision step.
     */
    public CaseFile deliberate(long caseId) {
        Meeting m = holdMeeting(caseId);
        return step(caseId, "head1", new StepPayload.Deliberation(m.id()));
    }

    /** The meeting of {@link #deliberate} without completing the step: the case's resolution exists afterwards. */
    public Meeting holdMeeting(long caseId) {
        CaseFile c = cases.get(actor("head1"), caseId);
        return holdMeeting(caseId, c.proposedOutcome(), c.proposedFine(), c.proposedConfiscation());
    }

    /** Passes 集体讨论 with the heads resolving {@code outcome} (e.g. 移送 after the reviewer recommended it). */
    public CaseFile deliberate(long caseId, OutcomeType outcome, BigDecimal fine, BigDecimal confiscation) {
        Meeting m = holdMeeting(caseId, outcome, fine, confiscation);
        return step(caseId, "head1", new StepPayload.Deliberation(m.id()));
    }

    private Meeting holdMeeting(long caseId, OutcomeType outcome, BigDecimal fine, BigDecimal confiscation) {
        Meeting m = deliberations.convene(actor("head1"), new NewMeeting(LocalDateTime.now(clock), "三楼会议室",
                null, List.of(caseId), List.of()));
        for (Meeting.Attendee a : m.votingHeads()) {
            boolean demo = HEADS.contains(organization.user(a.userId()).username());
            deliberations.recordAttendance(actor("head1"), m.id(), a.userId(), demo, demo ? null : "出差");
        }
        deliberations.openVoting(actor("head1"), m.id());
        long itemId = m.items().get(0).id();
        CaseFile c = cases.get(actor("head1"), caseId);
        boolean asProposed = outcome == c.proposedOutcome() && OutcomeType.sameAmount(fine, c.proposedFine())
                && OutcomeType.sameAmount(confiscation, c.proposedConfiscation());
        for (String head : HEADS) {
            deliberations.vote(actor(head), itemId, asProposed
                    ? new VoteInput(VoteChoice.AGREE, null, null, null, "同意承办人意见")
                    : new VoteInput(VoteChoice.DISAGREE, outcome, fine, confiscation, "同意法制审核意见"));
        }
        deliberations.adopt(actor("principal"), itemId, new ResolutionInput(outcome, fine, confiscation,
                asProposed ? "同意承办人处理意见" : "依法制审核意见处理"));
        Meeting done = null;
        for (String head : HEADS) {
            done = deliberations.confirm(actor(head), m.id());
        }
        return done;
    }

    public StepPayload.Decision fineDecision(BigDecimal fine) {
        return new StepPayload.Decision(OutcomeType.FINE, fine, null, "责令立即改正", today());
    }

    public CaseFile aCaseAtExecution() {
        CaseFile c = aCaseAtDecision();
        step(c.id(), "head1", fineDecision(FINE));
        return step(c.id(), "officer1", new StepPayload.Service(today(), ServiceMethod.DIRECT));
    }

    public CaseFile anArchivedCase() {
        CaseFile c = aCaseAtExecution();
        step(c.id(), "officer1", new StepPayload.Execution(FINE, today(), null));
        CaseFile done = step(c.id(), "head1", new StepPayload.ClosingApproval(true, "同意结案"));
        if (done.stage() != CaseStage.ARCHIVED) {
            throw new IllegalStateException("not archived: " + done.stage());
        }
        return done;
    }
}
