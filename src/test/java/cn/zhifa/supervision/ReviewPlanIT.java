package cn.zhifa.supervision;

import static cn.zhifa.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.calendar.Period;
import cn.zhifa.calendar.WorkingDayCalendar;
import cn.zhifa.organization.Actor;
import cn.zhifa.shared.Messages;
import cn.zhifa.supervision.Plans.Line;
import cn.zhifa.supervision.Plans.NewPlan;
import cn.zhifa.supervision.Plans.Objection;
import cn.zhifa.supervision.Plans.Plan;
import cn.zhifa.supervision.Plans.PlanCase;
import cn.zhifa.supervision.Plans.Redraw;
import cn.zhifa.supervision.Plans.Score;
import cn.zhifa.supervision.Plans.ScoreInput;
import cn.zhifa.supervision.Plans.UnitReport;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import cn.zhifa.support.MutableClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Review plans end to end on the real services: a random plan re-draws the same cases from its seed; reviewers are
 * refused against the recusal rules; scores are independent and signed; a veto fails a file whatever its score; the
 * report's objection and the re-check keep their working days.
 */
@IntegrationTest
class ReviewPlanIT {

    @Autowired CaseFiles f;
    @Autowired ReviewPlanService plans;
    @Autowired ScoringService scoring;
    @Autowired ReportService reports;
    @Autowired MutableClock clock;
    @Autowired Messages messages;
    @Autowired JdbcTemplate jdbc;
    @Autowired WorkingDayCalendar calendar;

    @AfterEach
    void realTime() {
        clock.set(Instant.now());
    }

    private Actor a(String user) {
        return f.actor(user);
    }

    /** Archived cases registered on {@code day} (a day no other test uses), the clock back to now afterwards. */
    private List<Long> archivedOn(LocalDate day, int n) {
        clock.set(day.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(f.anArchivedCase().id());
        }
        clock.set(Instant.now());
        return ids;
    }

    private NewPlan fullPlan(LocalDate day, boolean cross) {
        return new NewPlan("2026年度案卷评查", PlanMethod.FULL, cross, List.of(a("officer1").unitId()), day, day,
                List.of("ORDINARY"), null, null, List.of(), f.today().plusDays(30));
    }

    private PlanCase caseOf(Plan p, long caseId) {
        return p.cases().stream().filter(c -> c.caseId() == caseId).findFirst().orElseThrow();
    }

    @Test
    void aRandomPlanReDrawsTheSameCasesFromItsSeed() {
        LocalDate day = LocalDate.of(2025, 3, 4);
        List<Long> ids = archivedOn(day, 5);
        NewPlan sample = new NewPlan("抽查", PlanMethod.SAMPLE, false, List.of(a("officer1").unitId()), day, day,
                List.of("ORDINARY", "SUMMARY"), 3, 20260405L, List.of(), f.today().plusDays(10));
        Plan p = plans.create(a("supervisor1"), sample);
        assertThat(p.seed()).isEqualTo(20260405L);
        assertThat(p.populationSize()).isEqualTo(5);
        List<Long> drawn = p.cases().stream().map(PlanCase::caseId).toList();
        assertThat(drawn).hasSize(3).isSubsetOf(ids);
        assertThat(drawn).isEqualTo(Sampling.draw(ids, 20260405L, 3));

        Redraw r = plans.redraw(a("supervisor1"), p.id());
        assertThat(r.same()).isTrue();
        assertThat(r.scopeUnchanged()).isTrue();
        assertThat(r.redrawn()).isEqualTo(drawn);

        Plan again = plans.create(a("supervisor1"), sample);
        assertThat(again.cases().stream().map(PlanCase::caseId).toList()).isEqualTo(drawn);
        // every drawn case's record notes it
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_record WHERE action = 'SV_CASE_DRAWN' AND case_id = ?",
                Integer.class, drawn.get(0))).isEqualTo(2);
        // without a seed the service chooses one and stores it
        Plan unseeded = plans.create(a("supervisor1"), new NewPlan("抽查2", PlanMethod.SAMPLE, false,
                List.of(a("officer1").unitId()), day, day, List.of("ORDINARY"), 2, null, List.of(),
                f.today().plusDays(10)));
        assertThat(unseeded.seed()).isNotNull();
        assertThat(plans.redraw(a("supervisor1"), unseeded.id()).same()).isTrue();
    }

    @Test
    void targetedPicksJoinTheSample() {
        LocalDate day = LocalDate.of(2025, 3, 5);
        List<Long> ids = archivedOn(day, 3);
        jdbc.update("UPDATE case_file SET discretion_reason = NULL WHERE id = ?", ids.get(1));
        plansAuditor().audit(ids.get(1));
        Plan p = plans.create(a("supervisor1"), new NewPlan("重点抽查", PlanMethod.SAMPLE, false,
                List.of(a("officer1").unitId()), day, day, List.of("ORDINARY"), 1, 7L,
                List.of(Target.FINDINGS), f.today().plusDays(10)));
        assertThat(p.cases()).extracting(PlanCase::caseId).contains(ids.get(1));
        assertThat(caseOf(p, ids.get(1)).pick()).isIn("RANDOM", "TARGET_FINDINGS");
        assertThat(p.cases().size()).isBetween(1, 2);
    }

    @Autowired PreAuditService auditor;

    private PreAuditService plansAuditor() {
        return auditor;
    }

    @Test
    void onlySupervisorsMakePlansAndBadInputChangesNothing() {
        LocalDate day = LocalDate.of(2025, 3, 6);
        refused(messages, () -> plans.plans(a("supervisor1")).size(), "permission.denied",
                () -> plans.create(a("head1"), fullPlan(day, false)));
        refused(messages, () -> plans.plans(a("supervisor1")).size(), "sv.plan.badPeriod",
                () -> plans.create(a("supervisor1"), new NewPlan("x", PlanMethod.FULL, false,
                        List.of(a("officer1").unitId()), day, day.minusDays(1), List.of("ORDINARY"), null, null,
                        List.of(), f.today().plusDays(3))));
        refused(messages, () -> plans.plans(a("supervisor1")).size(), "sv.plan.badSampleSize",
                () -> plans.create(a("supervisor1"), new NewPlan("x", PlanMethod.SAMPLE, false,
                        List.of(a("officer1").unitId()), day, day, List.of("ORDINARY"), 0, 1L, List.of(),
                        f.today().plusDays(3))));
    }

    @Test
    void reviewersAreAssignedOnlyUnderTheRecusalRules() {
        LocalDate day = LocalDate.of(2025, 3, 7);
        long caseId = archivedOn(day, 1).get(0);
        Plan cross = plans.create(a("supervisor1"), fullPlan(day, true));
        long pc = caseOf(cross, caseId).id();
        java.util.function.Supplier<Object> assigned = () -> jdbc.queryForList(
                "SELECT reviewer_id FROM sv_assignment WHERE plan_case_id = ?", Long.class, pc);

        refused(messages, assigned, "sv.reviewer.handler",
                () -> plans.assign(a("supervisor1"), pc, a("officer2").userId()));
        refused(messages, assigned, "sv.reviewer.approver",
                () -> plans.assign(a("supervisor1"), pc, a("head1").userId()));
        refused(messages, assigned, "sv.reviewer.approver",
                () -> plans.assign(a("supervisor1"), pc, a("leader1").userId()));
        refused(messages, assigned, "sv.reviewer.sameUnit",
                () -> plans.assign(a("supervisor1"), pc, a("reviewer2").userId()));
        refused(messages, assigned, "sv.reviewer.notEligible",
                () -> plans.assign(a("supervisor1"), pc, a("wj_officer1").userId()));
        refused(messages, assigned, "permission.denied",
                () -> plans.assign(a("head2"), pc, a("wj_head1").userId()));

        assertThat(plans.assign(a("supervisor1"), pc, a("wj_head1").userId()).reviewerIds())
                .containsExactly(a("wj_head1").userId());
        refused(messages, assigned, "sv.reviewer.duplicate",
                () -> plans.assign(a("supervisor1"), pc, a("wj_head1").userId()));

        // the same reviewer of the case's own unit is fine when the plan is not a cross review
        Plan own = plans.create(a("supervisor1"), fullPlan(day, false));
        assertThat(plans.assign(a("supervisor1"), caseOf(own, caseId).id(), a("reviewer2").userId()).reviewerIds())
                .containsExactly(a("reviewer2").userId());
    }

    private static Line line(String item, String deduction, boolean veto, String reason) {
        return new Line(item, new BigDecimal(deduction), veto, null, reason);
    }

    @Test
    void independentSignedScoresAVetoFailsTheFileAndObjectionKeepsItsDays() {
        LocalDate day = LocalDate.of(2025, 3, 10);
        long caseId = archivedOn(day, 1).get(0);
        jdbc.update("UPDATE case_file SET discretion_reason = NULL WHERE id = ?", caseId);
        auditor.audit(caseId);
        Plan p = plans.create(a("supervisor1"), fullPlan(day, false));
        long pc = caseOf(p, caseId).id();
        plans.assign(a("supervisor1"), pc, a("supervisor1").userId());
        plans.assign(a("supervisor1"), pc, a("wj_head1").userId());

        // the sheet is pre-filled from the pre-audit: L03 (discretion reasons) 2 points
        Score sheet = scoring.sheet(a("supervisor1"), pc);
        assertThat(sheet.lines()).singleElement().satisfies(l -> {
            assertThat(l.itemCode()).isEqualTo("L03");
            assertThat(l.deduction()).isEqualByComparingTo("2");
        });
        assertThat(sheet.total()).isEqualByComparingTo("98");

        java.util.function.Supplier<Object> scores = () -> jdbc.queryForList(
                "SELECT total FROM sv_score WHERE plan_case_id = ?", BigDecimal.class, pc);
        refused(messages, scores, "sv.score.proposalUnanswered",
                () -> scoring.save(a("supervisor1"), pc, new ScoreInput(List.of(), "无意见")));
        refused(messages, scores, "sv.score.overrideReason",
                () -> scoring.save(a("supervisor1"), pc, new ScoreInput(List.of(line("L03", "0", false, null)), null)));
        refused(messages, scores, "sv.score.outOfRange",
                () -> scoring.save(a("supervisor1"), pc, new ScoreInput(List.of(line("L03", "4", false, "超过上限")),
                        null)));
        refused(messages, scores, "sv.score.notVetoItem",
                () -> scoring.save(a("supervisor1"), pc, new ScoreInput(List.of(line("L03", "2", true, "否决")),
                        null)));
        refused(messages, scores, "sv.planCase.notFound",
                () -> scoring.save(a("head1"), pc, new ScoreInput(List.of(line("L03", "2", false, "x")), null)));

        // reviewer 1: confirms the proposal and deducts for document form: 100 - 2 - 1.5 = 96.5 → 优秀 is barred? no
        Score s1 = scoring.save(a("supervisor1"), pc, new ScoreInput(List.of(line("L03", "2", false, "确认预审"),
                line("D03", "1.5", false, "决定书未载明履行方式")), "文书较规范"));
        assertThat(s1.total()).isEqualByComparingTo("96.5");
        assertThat(s1.grade()).isEqualTo(Grade.EXCELLENT);
        // reviewer 2: main facts unclear (veto item E01) with only 5 points taken: still 不合格
        Score s2 = scoring.save(a("wj_head1"), pc, new ScoreInput(List.of(line("L03", "2", false, "确认预审"),
                line("E01", "5", true, "违法事实仅有现场照片，主要事实不清")), null));
        assertThat(s2.total()).isEqualByComparingTo("93");
        assertThat(s2.veto()).isTrue();
        assertThat(s2.grade()).isEqualTo(Grade.FAIL);

        // the panel waits for both signatures
        assertThat(caseOf(plans.plan(a("supervisor1"), p.id()), caseId).panel().grade()).isNull();
        scoring.sign(a("supervisor1"), pc);
        refused(messages, scores, "sv.score.signed", () -> scoring.save(a("supervisor1"), pc,
                new ScoreInput(List.of(line("L03", "2", false, "确认预审")), null)));
        UnitReport notYet = null;
        refused(messages, () -> reports.reports(a("supervisor1"), p.id()).size(), "sv.report.unscored",
                () -> reports.issueReport(a("supervisor1"), p.id(), a("officer1").unitId(), "加强证据收集"));
        scoring.sign(a("wj_head1"), pc);
        Plans.Panel panel = caseOf(plans.plan(a("supervisor1"), p.id()), caseId).panel();
        assertThat(panel.score()).isEqualByComparingTo("94.75");
        assertThat(panel.veto()).isTrue();
        assertThat(panel.grade()).isEqualTo(Grade.FAIL);

        // the report to the unit: problems with their cases; objection within 10 working days
        UnitReport report = reports.issueReport(a("supervisor1"), p.id(), a("officer1").unitId(), "加强证据收集");
        assertThat(report.objectionDue()).isEqualTo(calendar.due(f.today(), Period.workingDays(10)).date());
        assertThat(report.problems()).extracting(Plans.Problem::itemCode).contains("E01", "L03", "D03");
        assertThat(report.problems().stream().filter(x -> x.itemCode().equals("L03")).findFirst().orElseThrow()
                .times()).isEqualTo(2);

        java.util.function.Supplier<Object> objections = () -> reports.report(a("supervisor1"), report.id())
                .objections().size();
        refused(messages, objections, "permission.denied",
                () -> reports.object(a("officer1"), report.id(), pc, "不服"));
        refused(messages, objections, "sv.objection.headsOnly",
                () -> reports.object(a("wj_head1"), report.id(), pc, "不服"));
        Objection o = reports.object(a("head1"), report.id(), pc, "现场照片与询问笔录相互印证，事实清楚");
        assertThat(o.recheckDue()).isEqualTo(calendar.due(f.today(), Period.workingDays(10)).date());
        Objection answered = reports.recheck(a("supervisor1"), o.id(), false, "询问笔录未载明时间地点，维持评查结论");
        assertThat(answered.status()).isEqualTo("REJECTED");
        assertThat(answered.repliedLate()).isFalse();

        // after the objection period: refused, nothing changes
        clock.set(report.objectionDue().plusDays(1).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        refused(messages, objections, "sv.objection.late",
                () -> reports.object(a("head1"), report.id(), pc, "再次异议"));
        assertThat(notYet).isNull();
    }
}
