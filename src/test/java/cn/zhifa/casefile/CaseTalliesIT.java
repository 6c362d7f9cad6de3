package cn.zhifa.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhifa.casefile.CaseStatistics.MonthRow;
import cn.zhifa.casefile.CaseStatistics.StageCount;
import cn.zhifa.organization.Actor;
import cn.zhifa.shared.DomainException;
import cn.zhifa.summary.OnTheSpotPenalty;
import cn.zhifa.summary.PenaltyKind;
import cn.zhifa.summary.SummaryCase;
import cn.zhifa.summary.SummaryProcedureService;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import cn.zhifa.support.MutableClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The cockpit's counters (read model) equal the figures computed directly from case_file after cases walked through
 * different paths: a lead, a lead not filed, a case registered last month and decided, paid and archived this month,
 * a case decided and left unpaid, a major case at legal review, a summary case decided and filed, a refused step
 * (rolled back) — for every unit and one, over whole and part months.
 */
@IntegrationTest
class CaseTalliesIT {

    @Autowired CaseFiles f;
    @Autowired CaseTallies tallies;
    @Autowired CaseStatistics statistics;
    @Autowired CaseWorkflowService workflow;
    @Autowired SummaryProcedureService summaries;
    @Autowired MutableClock clock;
    @Autowired CaseFileService cases;
    @Autowired JdbcTemplate jdbc;
    @Autowired ExecutionService execution;

    @AfterEach
    void realTime() {
        clock.set(Instant.now());
    }

    @Test
    void countersFollowEveryPathAndEqualTheDirectComputation() {
        tallies.rebuild(); // other tests' raw SQL on case_file (fixtures) is not seen by the counters
        assertThat(tallies.drift()).isEmpty();

        clock.set(Instant.now().minus(Duration.ofDays(40)));
        CaseFile lastMonth = f.aCaseAtExecution(); // registered and decided 40 days ago
        clock.set(Instant.now());
        f.step(lastMonth.id(), "officer1", new StepPayload.Execution(CaseFiles.FINE, f.today().minusDays(40), null));
        f.step(lastMonth.id(), "head1", new StepPayload.ClosingApproval(true, "同意结案"));
        f.aLead();
        CaseFile notFiled = f.aCaseAwaitingFiling();
        f.step(notFiled.id(), "head1", new StepPayload.ApproveFiling(false, "不属于本机关管辖"));
        f.aCaseAtExecution();
        f.aCaseAtLegalReview();
        CaseFile refused = f.aCaseAwaitingFiling();
        String task = f.openTask(refused.id()).taskId();
        assertThatThrownBy(() -> workflow.complete(f.actor("head1"), task,
                new StepPayload.ApproveFiling(false, "  "))).isInstanceOf(DomainException.class);
        Actor o1 = f.actor("officer1");
        SummaryCase summary = summaries.decide(o1, penalty(f.actor("officer2").userId()));
        execution.pay(f.actor("officer2"), summary.caseId(), new ExecutionService.PaymentInput("BANK-T-"
                + summary.caseId(), summary.fine(), java.math.BigDecimal.ZERO, f.today())); // paid at the bank (0031)
        summaries.fileRecord(f.actor("officer2"), summary.caseId());
        assertThat(cases.get(o1, lastMonth.id()).stage()).isEqualTo(CaseStage.ARCHIVED);
        assertThat(cases.get(o1, notFiled.id()).stage()).isEqualTo(CaseStage.NOT_FILED);

        assertThat(tallies.drift()).as("counters equal case_file").isEmpty();
        LocalDate today = f.today();
        Long unit = o1.unitId();
        for (Long u : new Long[] {null, unit}) {
            same(u, today.minusMonths(11).withDayOfMonth(1), today); // the cockpit's default period
            same(u, today.minusDays(20), today); // from a part month
            same(u, today.minusDays(50), today.minusDays(10)); // part months at both ends
            same(u, today.minusMonths(2).withDayOfMonth(1), today.withDayOfMonth(1).minusDays(1)); // whole months
            assertThat(statistics.openByStage(u)).isEqualTo(statistics.openByStageFromCases(u));
        }
        assertThat(statistics.openByStage(unit)).extracting(StageCount::stage).contains(CaseStage.VERIFICATION,
                CaseStage.EXECUTION);
        assertThat(statistics.monthly(unit, today.minusDays(50), today)).extracting(MonthRow::procedure)
                .contains("ORDINARY", "SUMMARY");

        // a rebuild finds nothing to correct; a drift (a write behind the application's back) is reported
        assertThat(tallies.rebuild().drifted()).isEmpty();
        jdbc.update("UPDATE case_file SET paid_amount = 1 WHERE id = ?", lastMonth.id());
        assertThat(tallies.drift()).hasSize(1).allMatch(l -> l.startsWith("M|" + unit + "|"));
        assertThat(tallies.rebuild().drifted()).hasSize(1);
        assertThat(tallies.drift()).isEmpty();
    }

    private void same(Long unit, LocalDate from, LocalDate to) {
        assertThat(norm(statistics.monthly(unit, from, to))).as("%s %s..%s", unit, from, to)
                .isEqualTo(norm(statistics.monthlyFromCases(unit, from, to))).isNotEmpty();
    }

    private static List<String> norm(List<MonthRow> rows) {
        return rows.stream().map(r -> r.year() + "-" + r.month() + " " + r.procedure() + " " + r.outcome() + " "
                + r.cases() + " " + r.fined().stripTrailingZeros().toPlainString() + " "
                + r.collected().stripTrailingZeros().toPlainString()).sorted().toList();
    }

    private static OnTheSpotPenalty penalty(long officer2) {
        return new OnTheSpotPenalty(PartyKind.NATURAL_PERSON, "当场当事人", IdType.ID_CARD, null, "13800000001",
                "在朝阳路10号店外占道经营", true, "《城市市容和环境卫生管理条例》第三十六条", "朝阳路10号", null, null,
                PenaltyKind.FINE, new BigDecimal("200"), officer2, true, "承认占道，已自行清理", false, true, false,
                null, null, null, null);
    }
}
